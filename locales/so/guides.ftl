# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Barnaamijkani wuxuu bixiyaa macluumaad sharci ah, ma aha talo sharci. Kala hadal qareen kiiskaaga. Si aad u hesho caawimaad bilaash ah ama qiimo jaban, barnaamijkan ka fur "Hel caawimaad sharci". Maxkamadaha socdaalka sidoo kale waxay daabacaan liis ay ku qoran yihiin bixiyeyaasha adeegyada sharci ee bilaashka ah.

## Stopped right now?

right-now-title = Hadda ma lagu joojiyay?
right-now-summary = Tallaabooyinka ugu muhiimsan, sida ay u kala horreeyaan.
right-now-first = Is deji. Ha orodin. Gacmahaaga ku hay meel ay saraakiishu arki karaan.
right-now-do-free-to-go = Weydii inaad xor u tahay inaad tagto. Haddii ay yiraahdaan haa, si tartiib ah u tag.
right-now-do-silent = Waad aamusnaan kartaa. Si cad u sheeg inaad aamusnaanayso.
right-now-do-name = Gobollada qaarkood, waa inaad booliska u sheegtaa magacaaga haddii ay ku joojiyaan iyagoo dambi kaa shakisan. Weligaa ha bixin magac been ah.
right-now-do-papers = Haddii aad haysato waraaqo socdaal oo Maraykan ah oo ansax ah, oo sarkaal socdaal ku weydiiyo, tus. Ha tusin waraaqo dal kale.
right-now-do-no-search = Haddii ay ku weydiiyaan inay baaraan adiga ama alaabtaada, waad diidi kartaa. Booliisku weli waxay dharkaaga dushiisa ka taabtaabi karaan si ay hub u raadiyaan. Ha iska caabin. Dheh, "Ma oggoli baaritaan."
right-now-do-lawyer = Codso qareen. Ha saxiixin wax warqad ah intaadan qareen la hadlin.
right-now-dont-run = Ha orodin, ha riixin, hana dagaallamin, xitaa haddii aad u malaynayso in joojintu aanay cadaalad ahayn.
right-now-dont-lie = Been ha sheegin, hana tusin waraaqo been abuur ah. Been u sheegidda sarkaal federaal ah waa dambi.

## On the street

street-title = Waddada dhexdeeda
street-summary = Booliska ama saraakiisha socdaalka ayaa kugu joojiya meel dadweyne.
street-first = Is deji. Ha orodin. Weydii inaad xor u tahay inaad tagto.
street-do-free-to-go = Haddii ay yiraahdaan waad xor u tahay inaad tagto, si tartiib ah u tag.
street-do-silent = Waad aamusnaan kartaa. Si cad u sheeg inaad aamusnaanayso.
street-do-name = Gobollada qaarkood, waa inaad bixisaa magacaaga haddii booliisku ku joojiyo iyagoo dambi kaa shakisan. Weligaa ha bixin magac been ah. Kuma waajibin inaad ka jawaabto su'aalaha ku saabsan meesha aad ku dhalatay ama xaaladdaada socdaal.
street-do-no-search = Haddii ay ku weydiiyaan inay baaraan adiga ama boorsadaada, waad diidi kartaa. Booliisku weli waxay dharkaaga dushiisa ka taabtaabi karaan si ay hub u raadiyaan. Ha iska caabin.
street-do-carry-papers = Haddii aad tahay 18 jir ama ka weyn, oo Maraykanku uu ku siiyay waraaqo socdaal, sida green card, kula soco.
street-do-show-papers = Haddii aad haysato waraaqo socdaal oo Maraykan ah oo ansax ah, oo sarkaal socdaal ku weydiiyo, tus. Ha tusin waraaqo dal kale.
street-do-ask-agency = Weydii hay'adda ay ka socdaan. Saraakiisha socdaalka mararka qaarkood waxay xirtaan jaakado ay ku qoran tahay "POLICE" ama waxay yiraahdaan waxaan nahay booliis.
street-dont-run = Ha orodin, ha riixin, hana dagaallamin, xitaa haddii aad u malaynayso in joojintu aanay cadaalad ahayn.
street-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
street-dont-foreign-papers = Haddii aadan haysan xaalad sharci ah (legal status), ha qaadan waraaqo dal kale ah, sida baasaboor. Iskaa ha ugu dhiibin saraakiisha. Haddii aad leedahay amar tarxiil, weydii qareen kahor intaadan diidin codsi ah inaad bixiso waraaqo safar.
street-dont-sign = Ha saxiixin wax warqad ah intaadan qareen la hadlin.
street-why-silence = Dastuurka Maraykanku wuxuu qof kasta oo dalka jooga siiyaa xaqa aamusnaanta, xaaladdiisa socdaal wax ay doontaba ha ahaatee.
street-why-name = Maxkamadda Sare waxay u oggolaatay gobollada inay kugu waajibiyaan inaad bixiso magacaaga marka booliisku si sharci ah kuu joojiyaan iyagoo dambi kaa shakisan. Gobollada qaarkood waxay weydiistaan wax ka badan, sida cinwaankaaga. Weli waad ka aamusi kartaa meesha aad ku dhalatay iyo xaaladdaada socdaal.
street-why-carry = Sharci federaal ah ayaa dhigaya in dadka 18 jir iyo ka weyn oo aan muwaadiniin ahayn ay mar walba qaataan waraaqaha socdaal ee la siiyay. In aan la qaadan waa dambi.
street-why-frisk = Booliisku waxay dharkaaga dushiisa ka taabtaabi karaan haddii ay si macquul ah u rumaysan yihiin inaad hub sidato. Taasi ma aha baaritaan buuxa.
street-why-fourth = Wax-ka-beddelka Afraad ee Dastuurka (Fourth Amendment) wuxuu qof kasta oo Maraykanka jooga ka ilaaliyaa baaritaanno iyo qabasho aan macquul ahayn. Taasi waa sababta aad u diidi karto baaritaan.
street-why-lie = Been u sheegidda sarkaal federaal ah waa dambi. In aad sheegto inaad tahay muwaadin Maraykan ah adigoo aan ahayn sidoo kale waa dambi, wuxuuna kaa hor istaagi karaa inaad weligaa hesho xaalad sharci ah. Tusidda waraaqo been abuur ah sidoo kale waa dambi.
street-why-run = Orodku wuxuu booliska siin karaa sabab ay kuu joojiyaan. La dagaallanka ama hor istaagga sarkaal federaal ah waa dambi.
street-why-287g = Meelaha qaarkood, booliska deegaanka ama shariifyadu (sheriffs) waxay heshiis la leeyihiin { -ice }, oo la yiraahdo 287(g), si ay u qabtaan qayb ka mid ah shaqada socdaalka. Xuquuqdaadu waa isku mid marka aad la kulanto iyaga.
street-unsettled-name-states = Gobollada qaarkood oo keliya ayaa leh sharci kugu waajibinaya inaad bixiso magacaaga. Liisaska gobolladan isma waafaqsana. Weydii qareen deegaanka ah waxa gobolkaaga ka jira.
street-unsettled-expedited = Tan iyo Janaayo 2025, dowladdu waxay sheegtaa inay isticmaali karto hab tarxiil oo degdeg ah ("expedited removal") meel kasta oo Maraykanka ah, dadka aan caddayn karin inay halkan ku noolaayeen laba sannadood. Maxkamaduhu tan way beddeleen in ka badan hal mar. Haddii aad ka baqayso inaad dalkaaga dib ugu laabato, si cad ugu sheeg sarkaalka, oo codso inaad la hadasho sarkaal magangelyo (asylum officer). Qareennada qaarkood waxay yiraahdaan hay caddayn muujinaysa muddada aad halkan ku nooshahay, sida diiwaannada canshuurta, warqadaha mushaharka ama heshiisyada kirada. Qaadashadooda sidoo kale dhib ayay keeni kartaa. Weydii qareen waxa adiga kuu habboon.
street-unsettled-border = Goobaha xuduudda laga gudbo, iyo marka aad garoon diyaaradeed ka timaaddo dal kale, xeerar kale ayaa lagu dabaqaa. Eeg hagaha ku saabsan xuduudda.
street-unsettled-federal = Sharciyada gobolka ee ku saabsan bixinta magacaaga waxaa loo qoray booliska. Ma cadda sida ay ugu dabaqmaan saraakiisha socdaalka federaalka. Mar walba waad ka aamusi kartaa meesha aad ku dhalatay iyo xaaladdaada.
street-unsettled-roving = Bishii Sebtembar 2025, Maxkamadda Sare waxay u oggolaatay saraakiisha socdaalka ee Koonfurta California inay sii wadaan joojinta dadka, inta kiis maxkamadeed uu go'aaminayo in ay sharci tahay iyo in kale in dadka loo joojiyo sida ay u muuqdaan, luqadda ay ku hadlaan, meesha ay joogaan ama shaqada ay qabtaan. Saraakiishu weli waxay u baahan yihiin shaki macquul ah si ay kuu joojiyaan.

## Agents at your door

door-title = Saraakiil albaabkaaga jooga
door-summary = Booliska ama { -ice } ayaa garaaca albaabka gurigaaga.
door-first = Ha furin albaabka. Waad la hadli kartaa iyadoo albaabku xiran yahay.
door-do-ask-who = Weydii cidda ay yihiin, hay'adda ay ka socdaan, iyo sababta ay halkaas u joogaan. Ka codso inay aqoonsigooda kaa tusaan daaqadda.
door-do-slide-warrant = Ka codso inay waaranka ka soo mariyaan albaabka hoostiisa ama ay daaqadda hor qabtaan.
door-do-judge = Waaranka garsooraha waxaa korkiisa ku qoran magaca maxkamad. Garsoore ayaa saxiixa.
door-do-ice-form = Waaranka { -ice } waxaa korkiisa ku qoran "{ -dhs-on-papers }". Waxaa saxiixa sarkaal { -ice }, ma aha garsoore. Foomamka I-200 iyo I-205 waa waarannada { -ice }.
door-do-silent = Waad aamusnaan kartaa. Kuma waajibin inaad ka jawaabto su'aalahooda.
door-dont-open = Ha furin albaabka si aad warqadda u aragto ama u hadasho.
door-dont-step-out = Dibadda ha u bixin si aad ula hadasho. Saraakiishu mararka qaarkood waxay isku dayaan inay dadka dibadda soo saaraan si ay u xiraan.
door-dont-resist = Haddii saraakiishu si kastaba u soo galaan, ha riixin hana la dagaallamin. Sheeg inaadan oggolayn, oo is deji.
door-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
door-dont-sign = Ha saxiixin wax warqad ah intaadan qareen la hadlin.
door-why-payton = Booliisku uma soo geli karaan gurigaaga si ay kuu xiraan iyagoon haysan waaran uu garsoore saxiixay, marka laga reebo haddii aad oggolaato ama ay jirto xaalad degdeg ah. Eeg qoraalka hoose ee ku saabsan wareegto { -ice }.
door-why-fourth = Wax-ka-beddelka Afraad ee Dastuurka (Fourth Amendment) wuxuu gurigaaga ka ilaaliyaa baaritaanno aan macquul ahayn. Taasi waa sababta waaranka garsooraha, ama oggolaanshahaagu, muhiim u yihiin.
door-why-arrest-warrant = Waaranka xarigga ee garsooraha wuxuu saraakiisha u oggolaanayaa inay galaan guriga qofka uu magacaabo marka ay rumaysan yihiin in qofku gudaha joogo. Si ay qofkaas uga raadiyaan guriga qof kale, waxay u baahan yihiin waaran baaritaan, oggolaansho ama xaalad degdeg ah.
door-why-ruse = Saraakiisha socdaalka mararka qaarkood waxay u labbistaan sida booliska ama waxay yiraahdaan waxaan nahay booliis, si dadku albaabka u furaan ama dibadda ugu soo baxaan.
door-why-ice-forms = Waarannada { -ice } (foomamka I-200 iyo I-205) waxaa saxiixa saraakiisha socdaalka, ma aha garsoorayaal.
door-why-silence = Dastuurka Maraykanku wuxuu qof kasta siiyaa xaqa aamusnaanta, xaaladdiisa socdaal wax ay doontaba ha ahaatee.
door-unsettled-memo = Wareegto { -ice } oo ka soo baxday 12 Maajo 2025 ayaa sheegaysa in saraakiishu xoog ku geli karaan guri iyagoo haysta waaranka I-205, si ay u xiraan qof leh amar tarxiil oo kama dambays ah. Tani waxay ka soo horjeeddaa waxa { -ice } hore u bari jirtay saraakiisheeda. Dad ayaa maxkamad kaga doodaya. Hase yeeshee, ha furin albaabka, oo sheeg inaadan oggolayn.

## Face or fingerprint scan

scan-title = Iskaanka wejiga ama raadka faraha
scan-summary = Sarkaal ayaa taleefan u jeediya wejigaaga ama wuxuu ku weydiiyaa farahaaga.
scan-first = Is deji. Ha orodin. Taleefanka ha riixin.
scan-do-say-no-consent = Waxaad sheegi kartaa inaadan oggolayn iskaanka.
scan-do-silent = Waad ka aamusi kartaa meesha aad ku dhalatay iyo xaaladdaada socdaal.
scan-do-free-to-go = Weydii inaad xor u tahay inaad tagto.
scan-do-lawyer = Codso qareen.
scan-do-carry = Haddii aad haysato green card oo aad tahay 18 jir ama ka weyn, sharcigu wuxuu leeyahay kula soco. Muwaadiniinta Maraykanku kuma waajibin inay qaataan caddaynta muwaadinnimada. Xildhibaan ka tirsan Congress-ka ayaa sheegay in { -ice } ay u sheegto saraakiisheeda inay iska indho tiri karaan caddaynta muwaadinnimada, sida shahaadada dhalashada, haddii { -mobile-fortify } uu sheego in qofku aanu muwaadin ahayn.
scan-do-write-down = Kadib, qor wixii dhacay: waqtiga, meesha, wixii saraakiishu yiraahdeen, magacyadooda ama lambarrada calaamadahooda, taarikada baabuurta, iyo haddii ay iskaan ku sameeyeen wejigaaga ama farahaaga.
scan-dont-resist = Ha dagaallamin hana orodin, xitaa haddii aad u malaynayso in iskaanku aanu cadaalad ahayn.
scan-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
scan-why-what = Saraakiisha { -ice } waxay isticmaalaan barnaamij taleefan oo la yiraahdo { -mobile-fortify }. Waxay taleefanka u jeediyaan weji, sawir ayay qaadaan iyagoon weydiin, waxayna ilbiriqsiyo gudahood ka baaraan kaydadka xogta dowladda.
scan-why-databases = { -mobile-fortify } sidoo kale wuxuu akhriyi karaa raadka faraha isagoon farahaba taaban. Kaydka xogta ugu weyn ee dowladda ee raadka faraha iyo wejiyada wuxuu hayaa diiwaanno ku saabsan in ka badan 270 milyan oo qof.
scan-why-kept = Dukumeenti { -dhs } ayaa sheegaya in sawirrada la hayo 15 sannadood, oo ay ku jiraan sawirrada muwaadiniinta Maraykanka.
scan-why-not-proof = Isku-ekaanshaha keligiis ma aha caddayn. Xeer { -dhs } ah (Directive 026-11) ayaa sheegay in aqoonsiga wejigu aanu noqon karin sababta keliya ee tallaabo fulin. Hay'adaha kale, sida { -cbp } iyo TSA, waxay hubiyaan waraaqaha marka isku-ekaanshuhu shaki leeyahay.
scan-why-errors = Aqoonsiga wejigu khaladaad badan ayuu ku sameeyaa dumarka iyo dadka aan cadaanka ahayn.
scan-unsettled-refuse = Dukumeenti { -dhs } ayaa sheegaya in { -ice } aanay dadka siin fursad ay ku diidaan iskaanka. Maxkamad weli si cad uma sheegin inaad diidi karto iyo in kale. Weli waxaad sheegi kartaa inaadan oggolayn, laakiin saraakiishu si kastaba way kuu iskaan gareyn karaan.
scan-unsettled-fingerprints = Sannadkii 2020, { -ice } waxay sheegtay in qaadista raadka faraha ee barnaamij taleefan oo hore ay ahayd ikhtiyaari. Ma cadda in taasi weli run tahay.
scan-unsettled-match = Kooxaha xuquuqda ayaa sheegaya in saraakiisha { -ice } ay isku-ekaanshaha u qaadan karaan mid kama dambays ah, xitaa marka caddayn kale ay sheegayso wax kale. Ma cadda in xeerka { -dhs } ee ka dhanka ah isticmaalka aqoonsiga wejiga oo keliya weli la raaco.
scan-unsettled-lawsuit = Janaayo 2026, Illinois iyo Magaalada Chicago waxay gudbiyeen dacwad ay ku jirto isticmaalka { -mobile-fortify }. Kiisku wuxuu beddeli karaa xeerarka.
