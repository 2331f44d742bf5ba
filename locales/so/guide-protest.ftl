# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Bannaanbaxyada iyo duubista
protest-summary = Waxaad ku socotaa bannaanbax, ama waxaad daawanaysaa ama duubaysaa saraakiisha meel dadweyne.
protest-first = Ogow khatarta kahor intaadan tagin. Xiriir kasta oo booliska la yeesho wuxuu keeni karaa dhibaatooyin socdaal, xitaa haddii aan lagu xirin.
protest-do-record = Waad duubi kartaa booliska iyo saraakiisha marka ay shaqadooda ka qabanayaan meel dadweyne. Uga fogow inta ay kuu sheegaan. Ha hor istaagin.
protest-do-phone = Kahor bannaanbax, dami furista wejiga iyo raadka faraha. Beddelkeeda isticmaal lambar sir ah.
protest-do-silent = Haddii booliisku ku joojiyo, waad aamusnaan kartaa oo codsan kartaa qareen.
protest-do-plan = Saaxiibo la soco. Xafid lambarka taleefanka qof aad wacdo haddii lagu xiro.
protest-dont-fight = Ha dagaallamin hana iska caabin, xitaa haddii aad u malaynayso in xarigu khalad yahay.
protest-dont-carry = Ha qaadan waraaqo dal kale ah, weligaana ha tusin waraaqo been abuur ah.
protest-dont-sign = Waxba ha saxiixin intaadan qareen la hadlin.
protest-why-speech = Wax-ka-beddelka Koowaad ee Dastuurka (First Amendment) wuxuu ilaaliyaa bannaanbaxa nabadeed ee qof kasta oo Maraykanka jooga. Bannaanbaxa nabadeed kuma jiro liiska sababaha tarxiilka. Laakiin xarig ama dacwad dambi waxay keeni kartaa tarxiil.
protest-why-record = Dhowr maxkamadood oo racfaan federaal ah ayaa sheegay in Wax-ka-beddelka Koowaad uu ilaaliyo duubista saraakiisha dowladda ee ka shaqeeya meel dadweyne, iyadoo ay jiraan xaddido macquul ah.
protest-why-passcode = Lambar sir ah oo aad xafidday wuxuu ku siiyaa ilaalin sharci oo ka xooggan furista wejiga ama raadka faraha.
protest-unsettled-courts = Maxkamaduhu mar walba si isku mid ah uma ilaaliyaan xuquuqda hadalka xorta ah ee soogalootiga.
protest-unsettled-visas = Tan iyo 2025, dowladdu waxay baajisay fiisooyin, waxayna isku dayday inay tarxiisho qaar ka mid ah dadka aan muwaadiniinta ahayn, oo ay ku jiraan ardayda iyo dadka haysta green card, sababo la xiriira bannaanbaxyo ama hadal. Maxkamaduhu waxay go'aaminayaan in tani sharci tahay iyo in kale. Haddii aadan ahayn muwaadin Maraykan ah, gaar ahaan haddii aad haysato fiiso, la hadal qareen kahor intaadan tagin.
protest-unsettled-impeding = Xannibidda ama faragelinta sarkaal federaal ah waa dambi. Masaafo ka jir marka aad duubayso.
protest-unsettled-scans = Muuqaallo ayaa muujinaya saraakiil taleefanno u jeedinaya dadka bannaanbaxaya. Tani waxay noqon kartaa iskaanka wejiga. Eeg hagaha ku saabsan iskaanka wejiga iyo raadka faraha.
protest-unsettled-record = Maxkamadaha oo dhan kama wada go'aamin duubista, oo sida go'aamadan ugu dabaqmaan saraakiisha federaalka ayaa ka sii mugdi badan.
