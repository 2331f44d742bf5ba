# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Lub app no muab ntaub ntawv txog kev cai lij choj, tsis yog lus pab tswv yim raws cai. Tham nrog ib tug kws lij choj txog koj rooj plaub. Yuav nrhiav kev pab dawb los sis pheej yig, qhib "Nrhiav kev pab txog kev cai lij choj" hauv lub app no. Cov tsev hais plaub tsiv teb tsaws chaw (immigration courts) kuj tshaj tawm ib daim ntawv teev cov chaw pab txog kev cai lij choj dawb.

## Stopped right now?

right-now-title = Raug nres tam sim no?
right-now-summary = Cov kauj ruam tseem ceeb tshaj plaws, raws li qhov ua ntej ua tom qab.
right-now-first = Ua siab tus. Tsis txhob khiav. Tso koj ob txhais tes rau qhov uas cov tub ceev xwm pom tau.
right-now-do-free-to-go = Nug seb koj puas mus tau lawm. Yog lawv hais tias tau, maj mam taug kev tawm mus.
right-now-do-silent = Koj nyob twj ywm tau. Hais kom nrov tias koj yuav nyob twj ywm.
right-now-do-name = Hauv qee lub xeev, koj yuav tsum qhia koj lub npe rau tub ceev xwm yog lawv nres koj vim lawv xav tias muaj kev ua txhaum cai. Tsis txhob qhia lub npe cuav kiag li.
right-now-do-papers = Yog koj muaj ntaub ntawv tsiv teb tsaws chaw ntawm Tebchaws Meskas uas tseem siv tau thiab ib tug tub ceev xwm tsiv teb tsaws chaw thov saib, qhia rau nws. Tsis txhob qhia ntaub ntawv los ntawm lwm lub tebchaws.
right-now-do-no-search = Yog lawv thov tshawb koj lub cev los sis koj tej khoom, koj hais tau tias tsis pub. Tub ceev xwm tseem kov tau sab nraud ntawm koj cov khaub ncaws los saib seb koj puas muaj riam phom. Tsis txhob tawm tsam. Hais tias, "Kuv tsis pom zoo rau kev tshawb."
right-now-do-lawyer = Thov kom muaj kws lij choj. Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj tham nrog kws lij choj.
right-now-dont-run = Tsis txhob khiav, thawb los sis sib ntaus, txawm tias koj xav tias qhov nres no tsis ncaj ncees.
right-now-dont-lie = Tsis txhob dag, thiab tsis txhob qhia ntaub ntawv cuav. Kev dag ib tug tub ceev xwm tsoomfwv tebchaws yog ib qho kev ua txhaum cai.

## On the street

street-title = Nyob ntawm txoj kev
street-summary = Tub ceev xwm los sis cov tub ceev xwm tsiv teb tsaws chaw nres koj ntawm ib qho chaw pej xeem.
street-first = Ua siab tus. Tsis txhob khiav. Nug seb koj puas mus tau lawm.
street-do-free-to-go = Yog lawv hais tias koj mus tau lawm, maj mam taug kev tawm mus.
street-do-silent = Koj nyob twj ywm tau. Hais kom nrov tias koj yuav nyob twj ywm.
street-do-name = Hauv qee lub xeev, koj yuav tsum qhia koj lub npe yog tub ceev xwm nres koj vim lawv xav tias koj ua txhaum cai. Tsis txhob qhia lub npe cuav kiag li. Koj tsis tas yuav teb cov lus nug txog qhov koj yug qhov twg los sis koj li xwm txheej tsiv teb tsaws chaw (immigration status).
street-do-no-search = Yog lawv thov tshawb koj lub cev los sis koj lub hnab, koj hais tau tias tsis pub. Tub ceev xwm tseem kov tau sab nraud ntawm koj cov khaub ncaws los saib seb koj puas muaj riam phom. Tsis txhob tawm tsam.
street-do-carry-papers = Yog koj muaj 18 xyoo los sis laus dua thiab Tebchaws Meskas tau muab ntaub ntawv tsiv teb tsaws chaw rau koj, xws li daim green card, nqa cov ntawv ntawd nrog koj.
street-do-show-papers = Yog koj muaj ntaub ntawv tsiv teb tsaws chaw ntawm Tebchaws Meskas uas tseem siv tau thiab ib tug tub ceev xwm tsiv teb tsaws chaw thov saib, qhia rau nws. Tsis txhob qhia ntaub ntawv los ntawm lwm lub tebchaws.
street-do-ask-agency = Nug seb lawv los ntawm lub koom haum twg. Qee zaum cov tub ceev xwm tsiv teb tsaws chaw hnav lub tsho sau tias "POLICE" los sis hais tias lawv yog tub ceev xwm hauv zos.
street-dont-run = Tsis txhob khiav, thawb los sis sib ntaus, txawm tias koj xav tias qhov nres no tsis ncaj ncees.
street-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
street-dont-foreign-papers = Yog koj tsis muaj xwm txheej raws cai (legal status), tsis txhob nqa ntaub ntawv los ntawm lwm lub tebchaws, xws li daim ntawv hla tebchaws. Tsis txhob yeem muab rau cov tub ceev xwm. Yog koj muaj daim ntawv txiav txim kom xa tawm (order of removal), nug ib tug kws lij choj ua ntej koj tsis kam ua raws li qhov lawv thov kom muab ntaub ntawv mus ncig tebchaws.
street-dont-sign = Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj tham nrog ib tug kws lij choj.
street-why-silence = Tsab Cai Lij Choj Tebchaws Meskas (U.S. Constitution) muab txoj cai nyob twj ywm rau txhua tus neeg nyob hauv lub tebchaws, txawm lawv li xwm txheej tsiv teb tsaws chaw yog li cas los xij.
street-why-name = Tsev Hais Plaub Siab Tshaj (Supreme Court) tau tso cai rau cov xeev yuam kom koj qhia koj lub npe thaum tub ceev xwm nres koj raws cai vim lawv xav tias muaj kev ua txhaum cai. Qee lub xeev thov ntau dua, xws li koj qhov chaw nyob. Koj tseem nyob ntsiag to (tsis hais lus) tau txog qhov koj yug qhov twg thiab koj li xwm txheej tsiv teb tsaws chaw.
street-why-carry = Ib txoj cai lij choj tsoomfwv tebchaws hais tias cov neeg muaj 18 xyoo los sis laus dua uas tsis yog pej xeem yuav tsum nqa cov ntaub ntawv tsiv teb tsaws chaw uas tau muab rau lawv nrog lawv txhua lub sij hawm. Tsis nqa cov ntawv ntawd yog ib qho kev ua txhaum cai.
street-why-frisk = Tub ceev xwm kov tau sab nraud ntawm koj cov khaub ncaws yog lawv muaj laj thawj tsim nyog xav tias koj muaj riam phom. Qhov ntawd tsis yog kev tshawb tag nrho.
street-why-fourth = Qhov Kev Hloov Kho Thib Plaub ntawm Tsab Cai Lij Choj (Fourth Amendment) tiv thaiv txhua tus neeg hauv Tebchaws Meskas ntawm kev tshawb thiab kev ntes los sis txeeb tsis tsim nyog. Yog li ntawd koj thiaj hais tau tias tsis pub tshawb.
street-why-lie = Kev dag ib tug tub ceev xwm tsoomfwv tebchaws yog ib qho kev ua txhaum cai. Kev hais tias koj yog pej xeem Meskas thaum koj tsis yog kuj yog kev ua txhaum cai thiab, thiab nws tuaj yeem ua rau koj yeej tsis tau txais xwm txheej raws cai (legal status) li. Kev qhia ntaub ntawv cuav kuj yog kev ua txhaum cai.
street-why-run = Kev khiav tuaj yeem muab ib qho laj thawj rau tub ceev xwm nres koj. Kev sib ntaus los sis thaiv ib tug tub ceev xwm tsoomfwv tebchaws yog ib qho kev ua txhaum cai.
street-why-287g = Nyob rau qee qhov chaw, tub ceev xwm hauv zos los sis tub ceev xwm sheriff muaj ib daim ntawv cog lus nrog { -ice }, hu ua 287(g), los ua qee yam haujlwm tsiv teb tsaws chaw. Koj cov cai zoo ib yam thaum nrog lawv.
street-unsettled-name-states = Tsuas yog qee lub xeev thiaj muaj txoj cai lij choj uas yuam kom koj qhia koj lub npe. Cov npe teev cov xeev no tsis sib xws. Nug ib tug kws lij choj hauv koj cheeb tsam txog koj lub xeev.
street-unsettled-expedited = Txij li lub Ib Hlis 2025, tsoomfwv hais tias nws siv tau ib txoj kev xa tawm sai ("expedited removal") nyob txhua qhov chaw hauv Tebchaws Meskas rau cov neeg uas qhia tsis tau tias lawv tau nyob ntawm no ob xyoos lawm. Cov tsev hais plaub tau hloov qhov no ntau tshaj ib zaug. Yog koj ntshai rov qab mus rau koj lub tebchaws, qhia meej meej rau tus tub ceev xwm, thiab thov kom tau tham nrog ib tug nom tswv saib xyuas kev thov chaw nkaum (asylum officer). Qee tus kws lij choj hais kom khaws pov thawj qhia tias koj nyob ntawm no ntev npaum li cas lawm, xws li ntaub ntawv them se, daim ntawv them nyiaj hli los sis daim ntawv xauj tsev. Kev nqa cov pov thawj no nrog koj kuj ua tau teeb meem thiab. Nug ib tug kws lij choj seb yuav ua li cas thiaj zoo rau koj.
street-unsettled-border = Ntawm qhov chaw hla ciam teb, thiab thaum koj tuaj txog ntawm tshav dav hlau los ntawm lwm lub tebchaws, muaj lwm cov cai txawv. Saib cov lus qhia txog ciam teb.
street-unsettled-federal = Cov cai lij choj hauv xeev txog kev qhia koj lub npe yog sau rau tub ceev xwm hauv zos. Tsis paub meej tias cov cai no siv li cas rau cov tub ceev xwm tsiv teb tsaws chaw ntawm tsoomfwv tebchaws. Koj yeej nyob ntsiag to (tsis hais lus) tau txhua lub sij hawm txog qhov koj yug qhov twg thiab koj li xwm txheej.
street-unsettled-roving = Lub Cuaj Hli 2025, Tsev Hais Plaub Siab Tshaj (Supreme Court) tau cia cov tub ceev xwm tsiv teb tsaws chaw nyob Sab Qab Teb California txuas ntxiv nres neeg, thaum ib rooj plaub tseem tab tom txiav txim seb kev nres neeg raws li lawv tus tsos, hom lus lawv hais, qhov chaw lawv nyob thaum ntawd los sis txoj haujlwm lawv ua puas raws cai. Cov tub ceev xwm tseem yuav tsum muaj laj thawj tsim nyog los xav tias (reasonable suspicion) thiaj nres tau koj.

## Agents at your door

door-title = Tub ceev xwm nyob ntawm koj qhov rooj
door-summary = Tub ceev xwm los sis { -ice } khob qhov rooj ntawm koj lub tsev.
door-first = Tsis txhob qhib qhov rooj. Koj tham tau nrog lawv thaum qhov rooj tseem kaw.
door-do-ask-who = Nug seb lawv yog leej twg, lawv los ntawm lub koom haum twg, thiab lawv tuaj ua dab tsi. Thov kom lawv tuav lawv daim npav ID rau ntawm qhov rais kom koj saib.
door-do-slide-warrant = Thov kom lawv muab daim ntawv tso cai ntes los sis tshawb (warrant) ntxig hauv qab qhov rooj los sis tuav tsa rau ntawm qhov rais.
door-do-judge = Daim ntawv tso cai ntes los sis tshawb ntawm tus kws txiav txim muaj npe ntawm ib lub tsev hais plaub nyob saum toj. Tus kws txiav txim kos npe rau nws.
door-do-ice-form = Daim ntawv tso cai ntes ntawm { -ice } sau tias "{ -dhs-on-papers }" nyob saum toj. Ib tug tub ceev xwm { -ice } kos npe rau nws, tsis yog tus kws txiav txim. Daim ntawv I-200 thiab I-205 yog daim ntawv tso cai ntes ntawm { -ice }.
door-do-silent = Koj nyob twj ywm tau. Koj tsis tas yuav teb lawv cov lus nug.
door-dont-open = Tsis txhob qhib qhov rooj kom saib daim ntawv los sis kom tham.
door-dont-step-out = Tsis txhob tawm mus sab nraum zoov los tham. Qee zaum cov tub ceev xwm sim kom neeg tawm los sab nraud kom lawv ntes tau.
door-dont-resist = Yog cov tub ceev xwm nkag los txawm li cas los xij, tsis txhob thawb los sis sib ntaus nrog lawv. Hais tias koj tsis pom zoo, thiab ua siab tus.
door-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
door-dont-sign = Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj tham nrog ib tug kws lij choj.
door-why-payton = Tub ceev xwm nkag tsis tau rau hauv koj lub tsev los ntes koj yog tsis muaj daim ntawv tso cai ntes los sis tshawb uas tus kws txiav txim kos npe, tshwj tsis yog koj pom zoo los sis muaj xwm txheej ceev. Saib cov lus hauv qab no txog ib tsab ntawv qhia ntawm { -ice }.
door-why-fourth = Qhov Kev Hloov Kho Thib Plaub ntawm Tsab Cai Lij Choj (Fourth Amendment) tiv thaiv koj lub tsev ntawm kev tshawb tsis tsim nyog. Yog li ntawd daim ntawv tso cai ntes los sis tshawb ntawm tus kws txiav txim, los sis koj qhov kev pom zoo, thiaj tseem ceeb.
door-why-arrest-warrant = Daim ntawv tso cai ntes (arrest warrant) ntawm tus kws txiav txim pub cov tub ceev xwm nkag rau hauv lub tsev ntawm tus neeg uas nws teev npe thaum lawv ntseeg tias tus neeg ntawd nyob hauv tsev. Yuav tshawb lwm tus neeg lub tsev nrhiav tus neeg ntawd, lawv yuav tsum muaj daim ntawv tso cai tshawb (search warrant), kev pom zoo, los sis xwm txheej ceev.
door-why-ruse = Qee zaum cov tub ceev xwm tsiv teb tsaws chaw hnav khaub ncaws zoo li tub ceev xwm hauv zos los sis hais tias lawv yog tub ceev xwm hauv zos, kom neeg qhib qhov rooj los sis tawm los sab nraud.
door-why-ice-forms = Daim ntawv tso cai ntes ntawm { -ice } (daim ntawv I-200 thiab I-205) yog cov tub ceev xwm tsiv teb tsaws chaw kos npe, tsis yog cov kws txiav txim.
door-why-silence = Tsab Cai Lij Choj Tebchaws Meskas (U.S. Constitution) muab txoj cai nyob twj ywm rau txhua tus, txawm lawv li xwm txheej tsiv teb tsaws chaw yog li cas los xij.
door-unsettled-memo = Ib tsab ntawv qhia ntawm { -ice } hnub tim 12 lub Tsib Hlis 2025 hais tias cov tub ceev xwm siv tau zog nkag rau hauv ib lub tsev nrog daim ntawv tso cai ntes I-205 los ntes ib tug neeg uas muaj daim ntawv txiav txim zaum kawg kom xa tawm (final order of removal). Qhov no tsis sib haum nrog qhov { -ice } tau qhia nws cov tub ceev xwm yav tas los. Muaj neeg tab tom foob tawm tsam nws hauv tsev hais plaub. Txawm li ntawd los, tsis txhob qhib qhov rooj, thiab hais tias koj tsis pom zoo.

## Face or fingerprint scan

scan-title = Luam ntsej muag los sis ntiv tes
scan-summary = Ib tug tub ceev xwm tsa xov tooj taw rau koj lub ntsej muag los sis thov koj cov ntiv tes.
scan-first = Ua siab tus. Tsis txhob khiav. Tsis txhob thawb lub xov tooj tawm.
scan-do-say-no-consent = Koj hais tau tias koj tsis pom zoo rau qhov luam.
scan-do-silent = Koj nyob twj ywm tau txog qhov koj yug qhov twg thiab txog koj li xwm txheej tsiv teb tsaws chaw.
scan-do-free-to-go = Nug seb koj puas mus tau lawm.
scan-do-lawyer = Thov kom muaj kws lij choj.
scan-do-carry = Yog koj muaj daim green card thiab muaj 18 xyoo los sis laus dua, txoj cai lij choj hais kom nqa nws. Cov pej xeem Meskas tsis tas yuav nqa pov thawj tias lawv yog pej xeem. Ib tug tswv cuab ntawm Congress hais tias { -ice } qhia nws cov tub ceev xwm tias lawv tsis tas quav ntsej pov thawj pej xeem, xws li daim ntawv yug, yog { -mobile-fortify } hais tias tus neeg ntawd tsis yog pej xeem.
scan-do-write-down = Tom qab ntawd, sau cia tias muaj dab tsi tshwm sim: lub sij hawm, qhov chaw, cov tub ceev xwm hais li cas, lawv lub npe los sis tus lej ntawm lawv daim npav, tus lej phiaj tsheb, thiab seb lawv luam koj lub ntsej muag los sis koj cov ntiv tes.
scan-dont-resist = Tsis txhob sib ntaus los sis khiav, txawm tias koj xav tias qhov luam no tsis ncaj ncees.
scan-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
scan-why-what = Cov tub ceev xwm { -ice } siv ib lub app hauv xov tooj hu ua { -mobile-fortify }. Lawv tsa lub xov tooj taw rau ib lub ntsej muag, thaij duab yam tsis nug, thiab tshawb cov chaw khaws ntaub ntawv ntawm tsoomfwv hauv ob peb vib nas this xwb.
scan-why-databases = { -mobile-fortify } kuj nyeem tau cov ntiv tes yam tsis tas kov cov ntiv tes. Lub chaw khaws ntaub ntawv loj tshaj ntawm tsoomfwv rau cov ntiv tes thiab ntsej muag muaj ntaub ntawv ntawm ntau tshaj 270 lab tus neeg.
scan-why-kept = Ib daim ntawv ntawm { -dhs } hais tias cov duab raug khaws cia 15 xyoos, suav nrog cov duab ntawm cov pej xeem Meskas.
scan-why-not-proof = Qhov sib phim ib leeg xwb tsis yog pov thawj. Ib txoj cai ntawm { -dhs } (Directive 026-11) tau hais tias kev paub ntsej muag los ntawm computer yuav tsum tsis yog tib qho laj thawj rau ib qho kev nqis tes ua ntawm tub ceev xwm. Lwm lub koom haum, xws li { -cbp } thiab TSA, kuaj ntaub ntawv thaum qhov sib phim tsis paub meej.
scan-why-errors = Kev paub ntsej muag los ntawm computer ua yuam kev ntau dua rau cov poj niam thiab cov neeg tsis yog neeg dawb.
scan-unsettled-refuse = Ib daim ntawv ntawm { -dhs } hais tias { -ice } tsis muab caij rau neeg hais tias tsis kam rau qhov luam. Tseem tsis tau muaj tsev hais plaub twg hais meej tias koj puas tsis kam tau. Koj tseem hais tau tias koj tsis pom zoo, tab sis cov tub ceev xwm tseem yuav luam koj txawm li cas los xij.
scan-unsettled-fingerprints = Xyoo 2020, { -ice } hais tias kev luam ntiv tes nrog ib lub app xov tooj qub dua yog raws li siab yeem. Tsis paub meej tias qhov ntawd puas tseem muaj tseeb.
scan-unsettled-match = Cov koom haum tiv thaiv tib neeg txoj cai hais tias cov tub ceev xwm { -ice } tej zaum suav qhov sib phim ua qhov tseeb kawg, txawm tias lwm cov pov thawj hais txawv. Tsis paub meej tias txoj cai ntawm { -dhs } uas txwv tsis pub siv kev paub ntsej muag ib leeg xwb puas tseem raug ua raws.
scan-unsettled-lawsuit = Lub Ib Hlis 2026, Xeev Illinois thiab Lub Nroog Chicago tau foob ib rooj plaub uas suav nrog kev siv { -mobile-fortify }. Rooj plaub no tej zaum yuav hloov cov cai.
