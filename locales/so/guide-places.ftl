# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Dugsiyada, isbitaallada, goobaha cibaadada, maxkamadaha
places-summary = Waxaad tagaysaa dugsi, isbitaal, goob cibaado ama maxkamad.
places-first = Meelahani hadda ma aha meelo ammaan ah. Saraakiishu halkaas ayay ka hawlgali karaan.
places-do-same = Xuquuqdaadu halkaas waa isku mid: aamus, ha oggolaan baaritaan, codso qareen.
places-do-court = Haddii aad leedahay dhegaysi maxkamadda socdaalka ama ballanta check-in ee { -ice }, ha ka maqnaan. Haddii aad ka maqnaato dhegaysi maxkamadeed, garsooruhu wuxuu amri karaa in lagu tarxiilo adigoon joogin. La hadal qareen kahor intaadan tagin, qaado lambarkiisa taleefanka, oo samee qorshe qoys.
places-do-plan = Samee qorshe qoys: cidda soo qaadaysa carruurtaada haddii aadan awoodin.
places-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
places-why-rescinded = 20 Janaayo 2025, dowladdu waxay joojisay siyaasaddii xaddidaysay hawlgallada fulinta ee dugsiyada, isbitaallada iyo goobaha cibaadada. Saraakiishu hadda waxay go'aamiyaan kiis kiis.
places-why-courts = Janaayo 2025, { -ice } waxay beddeshay wareegtadeedii 2021 ee xaddidaysay xarigga maxkamadaha gudahooda ama agagaarkooda. Tan iyo Maajo 2025, { -ice } waxay xirtay dad badan oo yimid dhegaysiyada maxkamadda socdaalka.
places-unsettled-lawsuits = Kooxo diimeed ayaa maxkamad u tagay markii la joojiyay siyaasadda meelaha la ilaaliyo. Xeerarku mar kale way isbeddeli karaan.
