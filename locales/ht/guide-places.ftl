# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Lekòl, lopital, legliz, tribinal
places-summary = Ou ale nan yon lekòl, yon lopital, yon kay lapriyè oswa yon tribinal.
places-first = Kote sa yo pa zòn pwoteje ankò. Ajan yo ka aji la.
places-do-same = Dwa ou yo menm jan la: rete an silans, pa bay konsantman pou fouy, mande yon avoka.
places-do-court = Si ou gen yon odyans nan tribinal imigrasyon oswa yon check-in ak { -ice }, pa manke l. Si ou manke yon odyans nan tribinal, jij la ka bay lòd pou yo depòte w san ou pa la. Pale ak yon avoka anvan ou ale, pote nimewo telefòn li sou ou, epi fè yon plan fanmi.
places-do-plan = Fè yon plan fanmi: kiyès k ap al chèche pitit ou yo si ou pa kapab.
places-dont-lie = Pa bay manti. Pa montre fo papye.
places-why-rescinded = 20 janvye 2025, gouvènman an te mete fen nan politik ki te limite aksyon pou aplike lalwa nan lekòl, lopital ak kay lapriyè. Kounye a, ofisye yo deside ka pa ka.
places-why-courts = An janvye 2025, { -ice } te ranplase memo 2021 li a ki te limite arestasyon nan tribinal oswa toupre tribinal. Depi me 2025, { -ice } arete anpil moun ki te vin nan odyans tribinal imigrasyon.
places-unsettled-lawsuits = Gwoup relijye te ale nan tribinal akoz fen politik zòn pwoteje yo. Règ yo ka chanje ankò.
