# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Nagbibigay ang app na ito ng impormasyong legal, hindi payong legal. Kausapin ang isang abogado tungkol sa kaso mo. Para makahanap ng libre o murang tulong, buksan ang "Maghanap ng tulong legal" sa app na ito. Naglalathala rin ang mga korte ng imigrasyon ng listahan ng mga nagbibigay ng libreng serbisyong legal.

## Stopped right now?

right-now-title = Pinahinto ka ngayon?
right-now-summary = Ang pinakamahahalagang hakbang, ayon sa pagkakasunod.
right-now-first = Manatiling kalmado. Huwag tumakbo. Ilagay ang mga kamay mo kung saan nakikita ng mga opisyal.
right-now-do-free-to-go = Itanong kung malaya kang umalis. Kung oo ang sagot nila, lumakad palayo nang dahan-dahan.
right-now-do-silent = Puwede kang manahimik. Sabihin nang malakas na mananahimik ka.
right-now-do-name = Sa ilang estado, dapat mong sabihin sa pulis ang pangalan mo kung pinahinto ka nila dahil may hinala silang may krimen. Huwag kailanman magbigay ng pekeng pangalan.
right-now-do-papers = Kung may balidong papeles ka ng imigrasyon ng U.S. at hiningi ito ng isang opisyal ng imigrasyon, ipakita mo ito. Huwag magpakita ng papeles mula sa ibang bansa.
right-now-do-no-search = Kung hihilingin nilang halughugin ka o ang mga gamit mo, puwede kang tumanggi. Puwede pa ring kapkapan ng pulis ang labas ng damit mo para maghanap ng armas. Huwag manlaban. Sabihin: "Hindi po ako pumapayag sa paghalughog."
right-now-do-lawyer = Humingi ng abogado. Huwag pumirma ng anumang papel bago ka makipag-usap sa abogado.
right-now-dont-run = Huwag tumakbo, manulak o manlaban, kahit sa tingin mo ay hindi patas ang pagpapahinto sa iyo.
right-now-dont-lie = Huwag magsinungaling, at huwag magpakita ng pekeng papeles. Krimen ang pagsisinungaling sa isang pederal na opisyal.

## On the street

street-title = Sa kalye
street-summary = Pinahinto ka ng pulis o ng mga opisyal ng imigrasyon sa isang pampublikong lugar.
street-first = Manatiling kalmado. Huwag tumakbo. Itanong kung malaya kang umalis.
street-do-free-to-go = Kung sabihin nilang malaya kang umalis, lumakad palayo nang dahan-dahan.
street-do-silent = Puwede kang manahimik. Sabihin nang malakas na mananahimik ka.
street-do-name = Sa ilang estado, dapat mong ibigay ang pangalan mo kung pinahinto ka ng pulis dahil pinaghihinalaan ka nilang gumawa ng krimen. Huwag kailanman magbigay ng pekeng pangalan. Hindi mo kailangang sagutin ang mga tanong tungkol sa kung saan ka ipinanganak o sa immigration status mo.
street-do-no-search = Kung hihilingin nilang halughugin ka o ang bag mo, puwede kang tumanggi. Puwede pa ring kapkapan ng pulis ang labas ng damit mo para maghanap ng armas. Huwag manlaban.
street-do-carry-papers = Kung 18 taong gulang ka pataas at binigyan ka ng U.S. ng mga papeles ng imigrasyon, gaya ng green card, dalhin mo ang mga ito.
street-do-show-papers = Kung may balidong papeles ka ng imigrasyon ng U.S. at hiningi ito ng isang opisyal ng imigrasyon, ipakita mo ito. Huwag magpakita ng papeles mula sa ibang bansa.
street-do-ask-agency = Itanong kung saang ahensya sila galing. Minsan nagsusuot ang mga opisyal ng imigrasyon ng vest na may nakasulat na "POLICE" o sinasabi nilang pulis sila.
street-dont-run = Huwag tumakbo, manulak o manlaban, kahit sa tingin mo ay hindi patas ang pagpapahinto sa iyo.
street-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
street-dont-foreign-papers = Kung wala kang legal na status, huwag magdala ng papeles mula sa ibang bansa, gaya ng pasaporte. Huwag kusang ibigay ang mga ito sa mga opisyal. Kung may order of removal (utos ng deportasyon) ka, tanungin ang isang abogado bago ka tumanggi kapag hiningan ka ng mga papeles para sa biyahe.
street-dont-sign = Huwag pumirma ng anumang papel bago ka makipag-usap sa abogado.
street-why-silence = Ibinibigay ng Konstitusyon ng U.S. sa lahat ng nasa bansa ang karapatang manahimik, anuman ang immigration status nila.
street-why-name = Pinayagan ng Korte Suprema ang mga estado na obligahin kang ibigay ang pangalan mo kapag legal kang pinahinto ng pulis dahil may hinala silang may krimen. May mga estadong humihingi ng higit pa, gaya ng address mo. Puwede ka pa ring manahimik tungkol sa kung saan ka ipinanganak at sa immigration status mo.
street-why-carry = Ayon sa isang pederal na batas, ang mga taong 18 taong gulang pataas na hindi mamamayan ay dapat laging magdala ng mga papeles ng imigrasyon na ibinigay sa kanila. Krimen ang hindi pagdadala ng mga ito.
street-why-frisk = Puwedeng kapkapan ng pulis ang labas ng damit mo kung may makatwiran silang dahilan para isiping may armas ka. Hindi iyon buong paghalughog.
street-why-fourth = Pinoprotektahan ng Fourth Amendment (Ikaapat na Susog sa Konstitusyon) ang lahat ng nasa U.S. laban sa hindi makatwirang paghalughog at pagdakip. Kaya puwede kang tumanggi sa paghalughog.
street-why-lie = Krimen ang pagsisinungaling sa isang pederal na opisyal. Krimen din ang pagsasabing mamamayan ka ng U.S. kung hindi naman, at puwede ka nitong pigilan na magkaroon kailanman ng legal na status. Krimen din ang pagpapakita ng pekeng papeles.
street-why-run = Ang pagtakbo palayo ay puwedeng magbigay sa pulis ng dahilan para pahintuin ka. Krimen ang paglaban o pagharang sa isang pederal na opisyal.
street-why-287g = Sa ilang lugar, may kasunduan ang lokal na pulis o ang mga sheriff sa { -ice }, na tinatawag na 287(g), para gumawa ng ilang trabaho sa imigrasyon. Pareho pa rin ang mga karapatan mo kapag sila ang kaharap mo.
street-unsettled-name-states = Ilang estado lang ang may batas na nag-oobliga sa iyong ibigay ang pangalan mo. Hindi magkakapareho ang mga listahan ng mga estadong ito. Tanungin ang isang lokal na abogado tungkol sa estado mo.
street-unsettled-expedited = Mula Enero 2025, sinasabi ng gobyerno na puwede nitong gamitin ang isang mabilis na proseso ng deportasyon ("expedited removal") saanman sa U.S. para sa mga taong hindi maipakita na dalawang taon na silang nakatira dito. Higit sa isang beses nang binago ito ng mga korte. Kung natatakot kang bumalik sa bansa mo, sabihin ito nang malinaw sa opisyal, at hilinging makausap ang isang asylum officer. Sinasabi ng ilang abogado na magtago ng patunay kung gaano ka na katagal nakatira dito, gaya ng mga rekord ng buwis, pay stub o kontrata ng upa. Puwede ring magdulot ng problema ang pagdadala nito. Tanungin ang isang abogado kung ano ang tama para sa iyo.
street-unsettled-border = Sa mga tawiran sa border, at kapag dumating ka sa paliparan mula sa ibang bansa, iba ang mga patakaran. Tingnan ang gabay tungkol sa border.
street-unsettled-federal = Ang mga batas ng estado tungkol sa pagbibigay ng pangalan ay isinulat para sa pulis. Hindi malinaw kung paano nalalapat ang mga ito sa mga pederal na opisyal ng imigrasyon. Puwede kang laging manahimik tungkol sa kung saan ka ipinanganak at sa status mo.
street-unsettled-roving = Noong Setyembre 2025, pinayagan ng Korte Suprema ang mga opisyal ng imigrasyon sa Southern California na ituloy ang pagpapahinto sa mga tao habang pinagpapasyahan sa isang kaso sa korte kung legal ang pagpapahinto batay sa itsura ng tao, sa wikang sinasalita nila, sa kung nasaan sila o sa trabahong ginagawa nila. Kailangan pa rin ng mga opisyal ng makatwirang hinala para pahintuin ka.

## Agents at your door

door-title = Mga opisyal sa pinto mo
door-summary = Kumakatok ang pulis o ang { -ice } sa pinto ng bahay mo.
door-first = Huwag buksan ang pinto. Puwede kang makipag-usap sa kanila habang nakasara ang pinto.
door-do-ask-who = Itanong kung sino sila, kung saang ahensya sila galing, at bakit sila nandiyan. Hilingin na ipakita nila ang ID nila sa bintana.
door-do-slide-warrant = Hilingin na isuksok nila ang warrant sa ilalim ng pinto o itapat ito sa bintana.
door-do-judge = Ang warrant mula sa hukom ay may pangalan ng korte sa itaas. Hukom ang pumipirma rito.
door-do-ice-form = Ang warrant ng { -ice } ay may nakasulat na "{ -dhs-on-papers }" sa itaas. Isang opisyal ng { -ice } ang pumipirma rito, hindi hukom. Ang mga form I-200 at I-205 ay mga warrant ng { -ice }.
door-do-silent = Puwede kang manahimik. Hindi mo kailangang sagutin ang mga tanong nila.
door-dont-open = Huwag buksan ang pinto para makita ang papel o para makipag-usap.
door-dont-step-out = Huwag lumabas para makipag-usap. Minsan sinusubukan ng mga opisyal na palabasin ang mga tao para maaresto sila.
door-dont-resist = Kung pumasok pa rin ang mga opisyal, huwag silang itulak o labanan. Sabihin na hindi ka pumapayag, at manatiling kalmado.
door-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
door-dont-sign = Huwag pumirma ng anumang papel bago ka makipag-usap sa abogado.
door-why-payton = Hindi puwedeng pumasok ang pulis sa bahay mo para arestuhin ka nang walang warrant na pinirmahan ng hukom, maliban kung pumayag ka o may emergency. Tingnan ang tala sa ibaba tungkol sa isang memo ng { -ice }.
door-why-fourth = Pinoprotektahan ng Fourth Amendment (Ikaapat na Susog sa Konstitusyon) ang bahay mo laban sa hindi makatwirang paghalughog. Kaya mahalaga ang warrant ng hukom, o ang pahintulot mo.
door-why-arrest-warrant = Ang arrest warrant ng hukom ay nagpapahintulot sa mga opisyal na pumasok sa bahay ng taong nakapangalan dito kapag naniniwala silang nasa loob ang taong iyon. Para halughugin ang bahay ng ibang tao para hanapin ang taong iyon, kailangan nila ng search warrant, pahintulot o emergency.
door-why-ruse = Minsan nagdadamit ang mga opisyal ng imigrasyon na parang pulis o sinasabi nilang pulis sila, para mapabuksan ang pinto o mapalabas ang mga tao.
door-why-ice-forms = Ang mga warrant ng { -ice } (mga form I-200 at I-205) ay pinipirmahan ng mga opisyal ng imigrasyon, hindi ng mga hukom.
door-why-silence = Ibinibigay ng Konstitusyon ng U.S. sa lahat ang karapatang manahimik, anuman ang immigration status nila.
door-unsettled-memo = Ayon sa isang memo ng { -ice } na may petsang Mayo 12, 2025, puwedeng puwersahang pumasok ang mga opisyal sa isang bahay gamit ang warrant na I-205 para arestuhin ang isang taong may final order of removal (pinal na utos ng deportasyon). Salungat ito sa itinuro dati ng { -ice } sa mga opisyal nito. May mga kumukuwestiyon dito sa korte. Gayunpaman, huwag buksan ang pinto, at sabihin na hindi ka pumapayag.

## Face or fingerprint scan

scan-title = Scan ng mukha o fingerprint
scan-summary = Itinututok ng isang opisyal ang telepono sa mukha mo o hinihingi ang mga daliri mo.
scan-first = Manatiling kalmado. Huwag tumakbo. Huwag itulak palayo ang telepono.
scan-do-say-no-consent = Puwede mong sabihin na hindi ka pumapayag sa scan.
scan-do-silent = Puwede kang manahimik tungkol sa kung saan ka ipinanganak at tungkol sa immigration status mo.
scan-do-free-to-go = Itanong kung malaya kang umalis.
scan-do-lawyer = Humingi ng abogado.
scan-do-carry = Kung may green card ka at 18 taong gulang ka pataas, sinasabi ng batas na dalhin mo ito. Hindi kailangang magdala ng patunay ng pagkamamamayan ang mga mamamayan ng U.S. Sinabi ng isang miyembro ng Kongreso na sinasabihan ng { -ice } ang mga opisyal nito na puwede nilang balewalain ang patunay ng pagkamamamayan, gaya ng birth certificate, kung sinasabi ng { -mobile-fortify } na hindi mamamayan ang tao.
scan-do-write-down = Pagkatapos, isulat kung ano ang nangyari: ang oras, ang lugar, ang sinabi ng mga opisyal, ang mga pangalan o badge number nila, ang mga plaka ng kotse, at kung ang mukha mo o ang mga daliri mo ang ini-scan nila.
scan-dont-resist = Huwag manlaban o tumakbo, kahit sa tingin mo ay hindi patas ang scan.
scan-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
scan-why-what = Gumagamit ang mga opisyal ng { -ice } ng isang app sa telepono na tinatawag na { -mobile-fortify }. Itinututok nila ang telepono sa mukha, kumukuha ng litrato nang hindi nagpapaalam, at naghahanap sa mga database ng gobyerno sa loob ng ilang segundo.
scan-why-databases = Kaya ring basahin ng { -mobile-fortify } ang mga fingerprint nang hindi hinahawakan ang mga daliri. Ang pangunahing database ng gobyerno ng mga fingerprint at mukha ay may mga rekord ng mahigit 270 milyong tao.
scan-why-kept = Ayon sa isang dokumento ng { -dhs }, itinatago ang mga litrato nang 15 taon, pati ang mga litrato ng mga mamamayan ng U.S.
scan-why-not-proof = Ang isang match (pagtutugma), nang mag-isa, ay hindi patunay. Ayon sa isang patakaran ng { -dhs } (Directive 026-11), hindi puwedeng face recognition (pagkilala sa mukha) lang ang tanging dahilan ng isang aksyong pagpapatupad ng batas. Sinusuri ng ibang ahensya, gaya ng { -cbp } at TSA, ang mga papeles kapag may duda sa isang match.
scan-why-errors = Mas madalas magkamali ang face recognition sa mga babae at sa mga taong hindi puti.
scan-unsettled-refuse = Ayon sa isang dokumento ng { -dhs }, hindi binibigyan ng { -ice } ng pagkakataon ang mga tao na tumanggi sa scan. Wala pang korte na malinaw na nagsabi kung puwede kang tumanggi. Puwede mo pa ring sabihin na hindi ka pumapayag, pero puwede ka pa ring i-scan ng mga opisyal.
scan-unsettled-fingerprints = Noong 2020, sinabi ng { -ice } na boluntaryo ang pagkuha ng fingerprint gamit ang isang mas lumang app sa telepono. Hindi malinaw kung totoo pa rin iyon.
scan-unsettled-match = Sinasabi ng mga grupong pangkarapatan na maaaring ituring ng mga opisyal ng { -ice } na pinal ang isang match, kahit iba ang sinasabi ng ibang patunay. Hindi malinaw kung sinusunod pa rin ang patakaran ng { -dhs } laban sa paggamit ng face recognition lang.
scan-unsettled-lawsuit = Noong Enero 2026, nagsampa ng kaso ang Illinois at ang Lungsod ng Chicago na kasama ang paggamit ng { -mobile-fortify }. Maaaring mabago ng kasong ito ang mga patakaran.
