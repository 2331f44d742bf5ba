# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Nagbibigay ang app na ito ng impormasyong legal, hindi payong legal. Kausapin ang isang abogado tungkol sa kaso mo. Naglalathala ang mga korte ng imigrasyon ng listahan ng mga nagbibigay ng libreng serbisyong legal.

## Stopped right now?

right-now-title = Pinahinto ka ngayon?
right-now-summary = Ang pinakamahahalagang hakbang, ayon sa pagkakasunod.
right-now-first = Manatiling kalmado. Huwag tumakbo. Ilagay ang mga kamay mo kung saan nakikita ng mga ahente.
right-now-do-free-to-go = Itanong kung malaya kang umalis. Kung oo ang sagot nila, lumakad palayo nang dahan-dahan.
right-now-do-silent = Puwede kang manahimik. Sabihin nang malakas na mananahimik ka.
right-now-do-no-search = Kung hihilingin nilang kapkapan ka o halughugin ang mga gamit mo, puwede kang tumanggi.
right-now-do-lawyer = Humingi ng abogado. Huwag pumirma ng anumang papel bago ka makipag-usap sa abogado.
right-now-dont-run = Huwag tumakbo, manulak o manlaban, kahit sa tingin mo ay hindi patas ang pagpapahinto sa iyo.
right-now-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.

## On the street

street-title = Sa kalye
street-summary = Pinahinto ka ng pulis o ng mga ahente ng imigrasyon sa isang pampublikong lugar.
street-first = Manatiling kalmado. Huwag tumakbo. Itanong kung malaya kang umalis.
street-do-free-to-go = Kung sabihin nilang malaya kang umalis, lumakad palayo nang dahan-dahan.
street-do-silent = Puwede kang manahimik. Sabihin nang malakas na mananahimik ka.
street-do-name = Sa ilang estado, dapat mong ibigay ang pangalan mo kung pinahinto ka ng pulis dahil pinaghihinalaan ka nilang gumawa ng krimen. Hindi mo kailanman kailangang sabihin kung saan ka ipinanganak o ano ang immigration status mo.
street-do-no-search = Kung hihilingin nilang kapkapan ka o halughugin ang bag mo, puwede kang tumanggi.
street-do-carry-papers = Kung 18 taong gulang ka pataas at binigyan ka ng U.S. ng mga papeles ng imigrasyon, gaya ng green card, dalhin mo ang mga ito.
street-dont-run = Huwag tumakbo, manulak o manlaban, kahit sa tingin mo ay hindi patas ang pagpapahinto sa iyo.
street-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
street-dont-foreign-papers = Kung wala kang legal na status, huwag magdala ng papeles mula sa ibang bansa, gaya ng pasaporte. Huwag ibigay ang mga ito sa mga ahente.
street-dont-sign = Huwag pumirma ng anumang papel bago ka makipag-usap sa abogado.
street-why-silence = Ibinibigay ng Konstitusyon ng U.S. sa lahat ng nasa bansa ang karapatang manahimik, anuman ang immigration status nila.
street-why-name = Ayon sa Korte Suprema, puwede kang obligahin ng isang estado na ibigay ang pangalan mo kapag pinahinto ka ng pulis dahil may makatwiran silang hinala na may krimen. Hindi ka puwedeng obligahin ng mga estado na magbigay ng higit pa sa pangalan mo.
street-why-carry = Ayon sa isang pederal na batas, ang mga taong 18 taong gulang pataas na hindi mamamayan ay dapat laging magdala ng mga papeles ng imigrasyon na ibinigay sa kanila. Krimen ang hindi pagdadala ng mga ito.
street-unsettled-name-states = Ilang estado lang ang may batas na nag-oobliga sa iyong ibigay ang pangalan mo. Hindi magkakapareho ang mga listahan ng mga estadong ito. Tanungin ang isang lokal na abogado tungkol sa estado mo.
street-unsettled-expedited = Mula Enero 2025, sinasabi ng gobyerno na puwede nitong gamitin ang isang mabilis na proseso ng deportasyon ("expedited removal") saanman sa U.S. para sa mga taong hindi maipakita na dalawang taon na silang nakatira dito. Higit sa isang beses nang binago ito ng mga korte. Sinasabi ng ilang abogado na magtago ng patunay kung gaano ka na katagal nakatira dito, gaya ng mga rekord ng buwis, pay stub o kontrata ng upa. Puwede ring magdulot ng problema ang pagdadala nito. Tanungin ang isang abogado kung ano ang tama para sa iyo.
street-unsettled-border = Sa border at sa mga paliparan, iba ang mga patakaran.

## Agents at your door

door-title = Mga ahente sa pinto mo
door-summary = Kumakatok ang pulis o ang { -ice } sa pinto ng bahay mo.
door-first = Huwag buksan ang pinto. Puwede kang makipag-usap sa kanila habang nakasara ang pinto.
door-do-ask-who = Itanong kung sino sila at bakit sila nandiyan.
door-do-slide-warrant = Hilingin na isuksok nila ang warrant sa ilalim ng pinto o itapat ito sa bintana.
door-do-judge = Ang warrant mula sa hukom ay may pangalan ng korte sa itaas. Hukom ang pumipirma rito.
door-do-ice-form = Ang warrant ng { -ice } ay may nakasulat na "{ -dhs-on-papers }" sa itaas. Isang opisyal ng { -ice } ang pumipirma rito, hindi hukom. Ang mga form I-200 at I-205 ay mga warrant ng { -ice }.
door-do-silent = Puwede kang manahimik. Hindi mo kailangang sagutin ang mga tanong nila.
door-dont-open = Huwag buksan ang pinto para makita ang papel o para makipag-usap.
door-dont-resist = Kung pumasok pa rin ang mga ahente, huwag silang itulak o labanan. Sabihin na hindi ka pumapayag, at manatiling kalmado.
door-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
door-dont-sign = Huwag pumirma ng anumang papel bago ka makipag-usap sa abogado.
door-why-payton = Hindi puwedeng pumasok ang pulis sa bahay mo para arestuhin ka nang walang warrant, maliban kung pumayag ka o may emergency.
door-why-ice-forms = Ang mga warrant ng { -ice } (mga form I-200 at I-205) ay pinipirmahan ng mga opisyal ng imigrasyon, hindi ng mga hukom.
door-why-silence = Ibinibigay ng Konstitusyon ng U.S. sa lahat ang karapatang manahimik, anuman ang immigration status nila.
door-unsettled-memo = Ayon sa isang memo ng { -ice } na may petsang Mayo 12, 2025, puwedeng puwersahang pumasok ang mga ahente sa isang bahay gamit ang warrant na I-205 para arestuhin ang isang taong may final order of removal (pinal na utos ng deportasyon). Salungat ito sa itinuro dati ng { -ice } sa mga opisyal nito. May mga kumukuwestiyon dito sa korte. Gayunpaman, huwag buksan ang pinto, at sabihin na hindi ka pumapayag.

## Face or fingerprint scan

scan-title = Scan ng mukha o fingerprint
scan-summary = Itinututok ng isang ahente ang telepono sa mukha mo o hinihingi ang mga daliri mo.
scan-first = Manatiling kalmado. Huwag tumakbo. Huwag itulak palayo ang telepono.
scan-do-say-no-consent = Puwede mong sabihin na hindi ka pumapayag sa scan.
scan-do-silent = Puwede kang manahimik tungkol sa kung saan ka ipinanganak at tungkol sa immigration status mo.
scan-do-free-to-go = Itanong kung malaya kang umalis.
scan-do-lawyer = Humingi ng abogado.
scan-do-carry = Kung may green card ka at 18 taong gulang ka pataas, sinasabi ng batas na dalhin mo ito. Hindi kailangang magdala ng patunay ng pagkamamamayan ang mga mamamayan ng U.S. Sinabi ng isang miyembro ng Kongreso na sinasabihan ng { -ice } ang mga opisyal nito na puwede nilang balewalain ang patunay ng pagkamamamayan, gaya ng birth certificate, kung sinasabi ng { -mobile-fortify } na hindi mamamayan ang tao.
scan-do-write-down = Pagkatapos, isulat kung ano ang nangyari: ang oras, ang lugar, ang sinabi ng mga ahente, ang mga pangalan o badge number nila, ang mga plaka ng kotse, at kung ang mukha mo o ang mga daliri mo ang ini-scan nila.
scan-dont-resist = Huwag manlaban o tumakbo, kahit sa tingin mo ay hindi patas ang scan.
scan-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
scan-why-what = Gumagamit ang mga ahente ng { -ice } ng isang app sa telepono na tinatawag na { -mobile-fortify }. Itinututok nila ang telepono sa mukha, kumukuha ng litrato nang hindi nagpapaalam, at naghahanap sa mga database ng gobyerno sa loob ng ilang segundo.
scan-why-databases = Kaya ring basahin ng { -mobile-fortify } ang mga fingerprint nang hindi hinahawakan ang mga daliri. Ang pangunahing database ng gobyerno ng mga fingerprint at mukha ay may mga rekord ng mahigit 270 milyong tao.
scan-why-kept = Ayon sa isang dokumento ng { -dhs }, itinatago ang mga litrato nang 15 taon, pati ang mga litrato ng mga mamamayan ng U.S.
scan-why-not-proof = Hindi patunay ang isang match (pagtutugma). Ayon sa isang patakaran ng { -dhs } (Directive 026-11), hindi puwedeng face recognition (pagkilala sa mukha) lang ang tanging dahilan ng isang aksyong pagpapatupad (enforcement action). Sinusuri ng ibang ahensya ang mga papeles kapag may duda sa isang match.
scan-why-errors = Mas madalas magkamali ang face recognition sa mga babae at sa mga taong hindi puti (people of color).
scan-unsettled-refuse = Ayon sa isang dokumento ng { -dhs }, hindi binibigyan ng { -ice } ng pagkakataon ang mga tao na tumanggi sa scan. Wala pang korte na malinaw na nagsabi kung puwede kang tumanggi. Puwede mo pa ring sabihin na hindi ka pumapayag, pero puwede ka pa ring i-scan ng mga ahente.
scan-unsettled-fingerprints = Noong 2020, sinabi ng { -ice } na boluntaryo ang pagkuha ng fingerprint gamit ang isang mas lumang app sa telepono. Hindi malinaw kung totoo pa rin iyon.
scan-unsettled-match = Sinasabi ng mga grupong pangkarapatan na maaaring ituring ng mga ahente ng { -ice } na pinal ang isang match, kahit iba ang sinasabi ng ibang patunay. Hindi malinaw kung sinusunod pa rin ang patakaran ng { -dhs } laban sa paggamit ng face recognition lang.
scan-unsettled-lawsuit = Noong Enero 2026, nagsampa ng kaso ang Illinois at ang Lungsod ng Chicago na kasama ang paggamit ng { -mobile-fortify }. Maaaring mabago ng kasong ito ang mga patakaran.
