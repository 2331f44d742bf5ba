# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = Maxaa ku qoran warqadda korkeeda?
warrant-h-top = Ka codso inay albaabka hoostiisa ka soo mariyaan ama daaqadda hor qabtaan. Ha furin albaabka.
warrant-a-top-court = Magaca maxkamad, sida "United States District Court" (Maxkamadda Degmada ee Maraykanka)
warrant-a-top-dhs = "{ -dhs-on-papers }", ama foomka I-200 ama I-205
warrant-a-unsure = Ma garan karo
warrant-q-signed = Yaa saxiixay?
warrant-h-signed = Eeg xagga hoose. Jagada qofka saxiixay waxay ku qoran tahay saxiixa hoostiisa.
warrant-a-signed-judge = Garsoore ama garsoore magistrate ah (magistrate judge)
warrant-a-signed-officer = Sarkaal ama wakiil socdaal
warrant-q-name = Ma adiga ama gurigaaga ayuu khuseeyaa, oo magaca iyo cinwaanka si sax ah ma loo qoray?
warrant-h-name = Hubi magaca qofka iyo cinwaanka.
warrant-a-name-yes = Haa, waa sax
warrant-a-name-no = Maya, magaca ama cinwaanka waa khalad
warrant-q-allows = Maxay u oggolaanaysaa inay sameeyaan?
warrant-h-allows = Raadi erayada "search" (baaritaan) ama "arrest" (xarig).
warrant-a-allows-search = In meel la baaro. Cinwaankayga ayaa ku qoran.
warrant-a-allows-arrest = In qof la xiro. Qof ayay magacaabaysaa.

warrant-r-admin-title = Kani waa waaranka { -ice }, ma aha waaranka garsooraha.
warrant-r-admin-1 = Sarkaal socdaal ayaa saxiixay, ma aha garsoore.
warrant-r-admin-2 = Albaabka xiran ku hay. Sheeg inaadan oggolayn inay soo galaan.
warrant-r-admin-3 = Qoraal (memo) { -ice } oo ka soo baxay Maajo 2025 ayaa sheegaya in saraakiishu xoog ku soo geli karaan iyagoo haysta waaranka I-205 si ay u xiraan qof leh amar tarxiil oo kama dambays ah. Dad ayaa maxkamad kaga doodaya. Haddii saraakiishu si kastaba u soo galaan, ha la dagaallamin. Aamus oo codso qareen.
warrant-r-unsure-title = Ma hubin kartid waxa warqaddani tahay.
warrant-r-unsure-1 = Albaabka xiran ku hay. Waaranka garsooraha waxaa korkiisa ku qoran magaca maxkamad, waxaana saxiixay garsoore.
warrant-r-unsure-2 = Haddii aad awoodo, hadda wac qareen ama khadka jawaab-celinta degdegga ah (rapid response hotline).
warrant-r-wrong-title = Waarankani waxaa laga yaabaa inuusan adiga ama gurigaaga ahayn.
warrant-r-wrong-1 = Adigoo albaabku xiran yahay, u sheeg in magaca ama cinwaanku khalad yahay. Ha furin albaabka.
warrant-r-wrong-2 = Haddii ay si kastaba u soo galaan, ha la dagaallamin. Aamus. Xusuuso wixii dhacay oo hadhow qor.
warrant-r-search-title = Waaranka baaritaanka ee garsooraha wuxuu u oggolaanayaa inay soo galaan oo baaraan.
warrant-r-search-1 = Waxay baari karaan meelaha waarantu taxayo. Ha hor istaagin hana la dagaallamin.
warrant-r-search-2 = Weli waad aamusnaan kartaa. Kuma waajibin inaad sheegto meesha aad ku dhalatay ama xaaladdaada.
warrant-r-search-3 = Codso nuqul ka mid ah waaranka. Wac qareen sida ugu dhakhsaha badan.
warrant-r-arrest-title = Waaranka xarigga ee garsooraha wuxuu u oggolaanayaa inay xiraan qofka uu magacaabo.
warrant-r-arrest-1 = Wuxuu ku saabsan yahay qofkaas. Is deji oo ha dagaallamin.
warrant-r-arrest-2 = Haddii aadan hubin waxa uu u oggolaanayo inay sameeyaan, albaabka xiran ku hay oo wac qareen. Aamus oo waxba ha saxiixin.
