# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = Baabuur dhexdiisa
car-summary = Booliska ama saraakiisha ayaa joojiya baabuurka aad wadayso ama aad saaran tahay.
car-first = Ku joogso meel ammaan ah. Dami mishiinka. Gacmahaaga ku hay isteerinka, ama dhabtaada haddii aad tahay rakaab.
car-do-papers = Haddii aad wadayso, tus laysinkaaga, diiwaangelinta baabuurka iyo caddaynta caymiska marka booliisku weydiiyo. Sharciyada gobolladu waxay waajibiyaan tan. Laba tusaale ayaa ku jira ilaha hoose.
car-do-out = Haddii booliisku kuu sheego inaad baabuurka ka degto, samee. Tani waxay khusaysaa darawalka iyo rakaabka.
car-do-silent = Darawal ama rakaab, waad aamusnaan kartaa. Kuma waajibin inaad ka hadasho xaaladdaada socdaal.
car-do-no-search = Waad diidi kartaa in baabuurka la baaro. Booliisku weli way baari karaan haddii ay haystaan sababo xooggan oo ay ku rumaysan yihiin inay heli doonaan caddayn dambi.
car-do-passenger-free = Rakaabku waxay weydiin karaan inay xor u yihiin inay tagaan. Haddii jawaabtu haa tahay, si deggan ayay u bixi karaan.
car-do-no-license = Haddii aadan haysan laysin darawal, weligaa ha tusin mid been abuur ah. Weli waad ka aamusi kartaa xaaladdaada. Waqti hore weydii qareen inaad tusto laysin ama aqoonsi dal kale iyo in kale.
car-dont-run = Baabuurka ha ku bixin, hana orodin. Ha doodin hana dagaallamin, xitaa haddii aad u malaynayso in joojintu aanay cadaalad ahayn.
car-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
car-dont-reach = Gacanta ha ku gelin kursiga hoostiisa ama boorso adigoon marka hore u sheegin sarkaalka.
car-why-out = Maxkamadda Sare waxay tiri booliisku waxay amri karaan darawalka iyo rakaabka inay baabuurka ka degaan inta lagu jiro joojin sharci ah.
car-why-passenger = Marka booliisku baabuur joojiyaan, rakaabka sidoo kale waa la joojiyay, wuxuuna maxkamadda kaga doodi karaa joojin aan sharci ahayn.
car-why-fourth = Wax-ka-beddelka Afraad ee Dastuurka (Fourth Amendment) wuxuu kaa ilaaliyaa baaritaanno aan macquul ahayn. Booliisku waxay u baahan yihiin oggolaanshahaaga ama sabab xooggan si ay baabuurkaaga u baaraan.
car-why-checkpoint = Isbaarooyinka socdaalka ee go'an ee dalka gudihiisa, saraakiishu waxay joojin karaan baabuurta oo ay weydiin karaan su'aalo gaagaaban iyadoon shaki jirin. Si ay baabuurka u baaraan, weli waxay u baahan yihiin oggolaanshahaaga ama sabab xooggan (probable cause).
car-why-roving = Meel u dhow xuduudda, saraakiishu waxay gaadiidka ka baari karaan dad aan waraaqo haysan, laakiin weli waxay u baahan yihiin sabab wanaagsan si ay baabuur u joojiyaan. Baaritaanka baabuurku wuxuu u baahan yahay sababo xooggan ama oggolaanshahaaga.
car-unsettled-name = Rakaabku badanaa kuma waajibin inuu bixiyo magaciisa, marka laga reebo haddii booliisku rakaabka ka shakiyaan dambi oo gobolku leeyahay sharci arrintaas ku saabsan. Eeg qoraalka gobolkaaga ee kore.
