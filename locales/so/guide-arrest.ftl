# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Xarig iyo xabsi
arrest-summary = Adiga ama qof aad jeceshahay waxaa xiray ama haya hay'adda socdaalka.
arrest-first = Aamus oo codso qareen. Waxba ha saxiixin.
arrest-do-lawyer = Waxaad xaq u leedahay qareen maxkamadda socdaalka, laakiin dowladdu lacagtiisa ma bixiso. Codso liiska adeegyada sharci ee bilaashka ah.
arrest-do-fear = Haddii aad ka baqayso inaad dalkaaga dib ugu laabato, si cad ugu sheeg sarkaalka. Codso inaad la hadasho sarkaal magangelyo (asylum officer) ama garsoore.
arrest-do-bond = Qareenkaaga weydii dhegaysi dammaanad (bond hearing). Garsooruhu wuxuu ku sii deyn karaa inta kiiskaagu socdo. Qof walba ma heli karo dammaanad. Waxaa kale oo laga yaabaa in qareen uu awoodo inuu maxkamad federaal ah kaga doodo xabsigaaga.
arrest-do-court = Haddii lagu siiyo taariikh maxkamadda socdaalka, tag. Haddii aad ka maqnaato, garsooruhu wuxuu amri karaa in lagu tarxiilo adigoon joogin.
arrest-do-consulate = Waxaad codsan kartaa inaad la xiriirto qunsuliyaddaada. Saraakiishu waa inay xaqan u sheegaan qofka ajnabiga ah ee la hayo. Dalalka qaarkood, saraakiishu waa inay u sheegaan qunsuliyadda xitaa haddii aadan codsan. Haddii aad ka baqayso dowladda dalkaaga, ama aad qorsheynayso inaad codsato magangelyo, la hadal qareen kahor intaadan la xiriirin qunsuliyaddaada.
arrest-do-a-number = Ogow lambarkaaga A (A-number) haddii aad leedahay, oo sii qoyskaaga. Wuxuu ka caawiyaa inay ku helaan.
arrest-do-find = Si aad u hesho qof ay { -ice } hayso, isticmaal { -ice } Online Detainee Locator. Ku raadi lambarkiisa A (A-number) iyo dalka uu ku dhashay, ama magaciisa saxda ah iyo dalka uu ku dhashay.
arrest-do-line = Qoysasku waxay sidoo kale wici karaan khadka macluumaadka xabsiga ee { -ice }: 1-888-351-4024.
arrest-dont-sign = Ha saxiixin wax waraaqo ah, sida ka-bixitaan ikhtiyaari ah (voluntary departure) ama tarxiil lagu heshiiyay (stipulated removal), intaadan qareen la hadlin.
arrest-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
arrest-why-counsel = Sharciga federaalku wuxuu dhigayaa in qofka ku jira dacwad tarxiil uu yeelan karo qareen uu isagu doorto, laakiin dowladdu kharashkiisa ma bixinayso.
arrest-why-consular = Heshiis caalami ah, Heshiiska Vienna ee Xiriirka Qunsuliyadaha, ayaa dhigaya in maamulku u sheego qofka ajnabiga ah ee la hayo, dib u dhac la'aan, inuu codsan karo in qunsuliyaddiisa la ogeysiiyo. Tani waxay khusaysaa xaaladdaadu wax ay doontaba ha ahaatee.
arrest-why-fear = Sharciga federaalku wuxuu dhigayaa in qofka ku jira tarxiil degdeg ah oo sheega inuu ka baqayo inuu dib u laabto, waa in loo diraa sarkaal magangelyo (asylum officer) si wareysi loogu sameeyo.
arrest-why-bond = Xeerarka federaalku waxay u oggolaanayaan qof la hayo inuu ka codsado garsooraha socdaalka inuu dib u eego xabsigiisa iyo dammaanaddiisa. Tan iyo 2025, garsoorayaasha socdaalku waxay sheegaan in dad badan oo dalka soo galay iyagoon la baarin (without inspection) aysan heli karin dammaanad. Maxkamadaha federaalku waxay eegi karaan in qof loo hayo si sharciga ka soo horjeedda.
arrest-why-locator = Qalabka raadinta waxaa lagu raadin karaa lambarka A (A-number) iyo dalka dhalashada, ama magac iyo dalka dhalashada.
arrest-unsettled-silence = In aamusnaantaada laguu adeegsan karo si kaa dhan ah maxkamadda socdaalka weli lama go'aamin. Waxa aad sheegto waa laguu adeegsan karaa si kaa dhan ah halkaas. Weydii qareenkaaga.
arrest-unsettled-locator = Meelaha raadinta ee qalabka raadintu waxaa laga yaabaa inay isbeddeleen tan iyo markii ilahayaga la qoray.
