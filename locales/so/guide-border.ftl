# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Aagga xuduudda, isbaarooyinka iyo garoomada diyaaradaha
border-summary = Waxaad ku nooshahay ama ku safraysaa meel u dhow xuduudda, ama waxaad raacaysaa diyaarad.
border-first = Xuduudda iyo garoomada diyaaradaha, xeerarku way ka duwan yihiin. Saraakiishu halkaas awood badan ayay ku leeyihiin.
border-do-checkpoint = Isbaaro go'an, saraakiishu waxay joojin karaan baabuur kasta oo ay weydiin karaan dhowr su'aalood oo gaagaaban. Waad aamusnaan kartaa.
border-do-no-search = Meel ka fog isbaaro, waad diidi kartaa in baabuurkaaga la baaro.
border-do-phone = Kahor intaadan xuduudda ka gudbin, dami furista taleefanka ee wejiga iyo raadka faraha, oo qaado xog yar.
border-do-papers = Haddii aad haysato waraaqo socdaal, qaado. Dadka waaweyn ee la siiyay waa inay qaataan.
border-dont-lie = Been ha u sheegin saraakiisha xuduudda. Ha tusin waraaqo been abuur ah.
border-dont-run = Ha orodin hana iska caabin.
border-why-zone = Sharciga federaalku wuxuu u oggolaanayaa saraakiisha inay gaadiidka ka baaraan dad aan waraaqo haysan, gudaha "masaafo macquul ah" (reasonable distance) oo laga cabbiro xuduudda, taas oo xeerarku ku qeexeen 100 mayl oo toos ah (air miles).
border-why-stop = Aagga xuduudda, saraakiishu weli waxay u baahan yihiin shaki macquul ah si ay baabuur u joojiyaan. Baaritaan socda (roving) oo baabuur wuxuu u baahan yahay sabab xooggan (probable cause) ama oggolaanshahaaga.
border-why-checkpoint = Maxkamadda Sare waxay oggoshahay joojin gaaban oo isbaarooyinka go'an ah iyadoon shaki jirin.
border-unsettled-expedited = Tarxiilka degdegga ah ee aan dhegaysi maxkamadeed lahayn hadda wuxuu gaarayaa meel kasta oo Maraykanka ah, dadka aan caddayn karin laba sannadood oo ay halkan joogeen. Maxkamaduhu tan way beddeleen in ka badan hal mar.
border-unsettled-phones = Xeerarka baaritaanka taleefanka ee xuduudda way isbeddelayaan. Eeg hagaha ku saabsan taleefankaaga.
