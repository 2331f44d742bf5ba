# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Xarig iyo xabsi
arrest-summary = Adiga ama qof aad jeceshahay waxaa xiray ama haya hay'adda socdaalka (immigration).
arrest-first = Aamus oo codso qareen. Waxba ha saxiixin.
arrest-do-lawyer = Waxaad xaq u leedahay qareen maxkamadda socdaalka, laakiin dowladdu lacagtiisa ma bixiso. Codso liiska adeegyada sharci ee bilaashka ah.
arrest-do-consulate = Waxaad codsan kartaa inaad la xiriirto qunsuliyaddaada. Saraakiishu waa inay xaqan u sheegaan qofka ajnabiga ah ee la hayo.
arrest-do-a-number = Ogow lambarkaaga A (A-number) haddii aad leedahay, oo sii qoyskaaga. Wuxuu ka caawiyaa inay ku helaan.
arrest-do-find = Si aad u hesho qof ay { -ice } hayso, isticmaal { -ice } Online Detainee Locator. Ku raadi lambarkiisa A iyo dalka uu ku dhashay, ama magaciisa saxda ah iyo dalka uu ku dhashay.
arrest-do-line = Qoysasku waxay sidoo kale wici karaan khadka macluumaadka xabsiga ee { -ice }: 1-888-351-4024.
arrest-dont-sign = Ha saxiixin wax waraaqo ah, sida ka-bixitaan ikhtiyaari ah (voluntary departure) ama tarxiil lagu heshiiyay (stipulated removal), intaadan qareen la hadlin.
arrest-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
arrest-why-counsel = Sharciga federaalku wuxuu dhigayaa in qofka ku jira dacwad tarxiil uu yeelan karo qareen uu isagu doorto, laakiin dowladdu kharashkiisa ma bixinayso.
arrest-why-consular = Heshiis caalami ah, Heshiiska Vienna ee Xiriirka Qunsuliyadaha, ayaa dhigaya in maamulku u sheego qofka ajnabiga ah ee la hayo, dib u dhac la'aan, inuu codsan karo in qunsuliyaddiisa la ogeysiiyo. Tani waxay khusaysaa xaaladdaadu wax ay doontaba ha ahaatee.
arrest-why-locator = Qalabka raadintu ma muujiyo dadka ka yar 18 jir.
arrest-unsettled-silence = In aamusnaantaada laguu adeegsan karo si kaa dhan ah maxkamadda socdaalka weli lama go'aamin. Weydii qareenkaaga.
arrest-unsettled-locator = Meelaha raadinta ee qalabka raadintu waxaa laga yaabaa inay isbeddeleen tan iyo markii ilahayaga la qoray.
