# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Aagga xuduudda, isbaarooyinka iyo garoomada diyaaradaha
border-summary = Waxaad ku nooshahay ama ku safraysaa meel u dhow xuduudda, ama waxaad raacaysaa diyaarad.
border-first = Goobaha xuduudda laga gudbo, iyo garoomada diyaaradaha marka aad ka timaaddo dal kale, xeerarku way ka duwan yihiin. Saraakiishu halkaas awood badan ayay ku leeyihiin.
border-do-checkpoint = Isbaaro go'an, saraakiishu waxay joojin karaan baabuur kasta oo ay weydiin karaan dhowr su'aalood oo gaagaaban. Waad aamusnaan kartaa.
border-do-no-search = Meel ka fog goobta xuduudda laga gudbo lafteeda, oo ay ku jiraan isbaarooyinka dalka gudihiisa, waad diidi kartaa in baabuurkaaga la baaro. Saraakiishu weli way baari karaan haddii ay haystaan sabab xooggan (probable cause). Goobta xuduudda laga gudbo lafteeda, waxay baari karaan baabuurkaaga iyagoon oggolaanshahaaga helin.
border-do-phone = Kahor intaadan xuduudda ka gudbin, dami furista taleefanka ee wejiga iyo raadka faraha, oo qaado xog yar.
border-do-papers = Haddii aad haysato waraaqo socdaal, qaado. Dadka waaweyn ee la siiyay waa inay qaataan.
border-do-green-card = Haddii aad haysato green card, kuma waajibin inaad saxiixdo Foomka I-407, kaas oo aad kaga tanaasulayso green card-kaaga. Beddelkeeda, waxaad codsan kartaa inaad aragto garsoore socdaal.
border-do-travel-lawyer = Haddii aad haysato green card ama fiiso oo weligaa lagu xiray, la hadal qareen kahor intaadan dalka dibaddiisa u safrin.
border-dont-lie = Been ha u sheegin saraakiisha xuduudda. Ha tusin waraaqo been abuur ah.
border-dont-run = Ha orodin hana iska caabin.
border-why-zone = Sharciga federaalku wuxuu u oggolaanayaa saraakiisha inay gaadiidka ka baaraan dad aan waraaqo haysan, gudaha "masaafo macquul ah" oo laga cabbiro xuduudda, taas oo xeerarku ku qeexeen 100 mayl oo toos ah.
border-why-stop = Aagga xuduudda, saraakiishu weli waxay u baahan yihiin shaki macquul ah si ay baabuur u joojiyaan. Baaritaan socda oo baabuur wuxuu u baahan yahay sabab xooggan (probable cause) ama oggolaanshahaaga.
border-why-checkpoint = Maxkamadda Sare waxay oggoshahay joojin gaaban oo isbaarooyinka go'an ah iyadoon shaki jirin.
border-why-car-search = Meel ka fog xuduudda, saraakiishu waxay u baahan yihiin oggolaanshahaaga ama sabab xooggan (probable cause) si ay baabuur u baaraan, xitaa isbaaro.
border-why-answers = Marka aad ka timaaddo dal kale, muwaadiniinta Maraykanku waxay waajib ku yihiin oo keliya inay ka jawaabaan su'aalaha ku saabsan cidda ay yihiin iyo muwaadinnimadooda. Dadka haysta green card waxay waajib ku yihiin oo keliya inay ka jawaabaan su'aalaha ku saabsan cidda ay yihiin iyo xaaladdooda; diidmada su'aalaha kale waxay keeni kartaa dib u dhac. Booqdayaasha iyo dadka haysta fiiso waa laga diidi karaa gelitaanka haddii aysan ka jawaabin.
border-unsettled-expedited = Tarxiilka degdegga ah ee aan dhegaysi maxkamadeed lahayn hadda wuxuu gaarayaa meel kasta oo Maraykanka ah, dadka aan caddayn karin laba sannadood oo ay halkan joogeen. Maxkamaduhu tan way beddeleen in ka badan hal mar.
border-unsettled-phones = Xeerarka baaritaanka taleefanka ee xuduudda way isbeddelayaan. Eeg hagaha ku saabsan taleefankaaga.
