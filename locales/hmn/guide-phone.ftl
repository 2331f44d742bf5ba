# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = Koj lub xov tooj
phone-summary = Tub ceev xwm los sis cov tub ceev xwm tsoomfwv tebchaws xav saib koj lub xov tooj.
phone-first = Xauv koj lub xov tooj nrog tus lej zais, tsis yog nrog koj lub ntsej muag los sis ntiv tes.
phone-do-no-consent = Hais tias koj tsis pom zoo kom tshawb koj lub xov tooj.
phone-do-passcode = Siv ib tus lej zais ntev. Tua kev qhib xov tooj nrog ntsej muag thiab ntiv tes ua ntej mus koom kev tawm tsam los sis ua ntej mus hla ciam teb.
phone-do-silent = Nyob twj ywm. Thov kom muaj kws lij choj ua ntej koj muab koj tus lej zais rau leej twg.
phone-dont-unlock = Tsis txhob qhib koj lub xov tooj rau tub ceev xwm tsuas yog vim lawv thov.
phone-dont-delete = Tsis txhob rho tawm tej yam hauv koj lub xov tooj tom qab tub ceev xwm los sis cov tub ceev xwm tsoomfwv tebchaws thov lub xov tooj lawm. Kev zais los sis rhuav tshem ntaub ntawv thaum ntawd tuaj yeem yog ib qho kev ua txhaum cai.
phone-dont-fight = Tsis txhob siv zog tawm tsam yog lawv txeeb lub xov tooj.
phone-why-riley = Tsev Hais Plaub Siab Tshaj (Supreme Court) hais tias feem ntau tub ceev xwm yuav tsum muaj daim ntawv tso cai tshawb (warrant) thiaj tshawb tau cov ntaub ntawv hauv lub xov tooj ntawm ib tug neeg uas lawv ntes.
phone-why-biometric = Ib lub tsev hais plaub rov txiav txim (appeals court) ntawm tsoomfwv tebchaws tau tso cai rau tub ceev xwm yuam ib tug neeg tus ntiv tes xoo rau ntawm nws lub xov tooj kom qhib tau. Ib tus lej zais uas koj nco ntsoov hauv siab tiv thaiv tau koj zoo dua.
phone-why-border = Ntawm ciam teb, cov tub ceev xwm saib tau hauv ib lub xov tooj yam tsis muaj daim ntawv tso cai tshawb. Txoj cai ntawm { -cbp } hais tias kev tshawb yooj yim tsis tas muaj kev xav tias ua txhaum, thiab kev tshawb tob uas siv cuab yeej yuav tsum muaj laj thawj tsim nyog los xav tias (reasonable suspicion) los sis muaj kev txhawj xeeb txog kev ruaj ntseg ntawm lub tebchaws.
phone-unsettled-circuits = Cov tsev hais plaub tsis pom zoo ib yam txog kev tshawb xov tooj ntawm ciam teb. Qee lub tsev hais plaub rov txiav txim (appeals courts) hais tias kev tshawb uas siv cuab yeej yuav tsum muaj laj thawj tsim nyog los xav tias (reasonable suspicion). Lwm lub hais tias tsis tas muaj kev xav tias ua txhaum li. Lawv kuj tsis pom zoo ib yam txog tias cov tub ceev xwm raug tso cai nrhiav dab tsi. Qhov no tej zaum yuav hloov.
phone-unsettled-passcode = Tseem tsis tau txiav txim meej tias tub ceev xwm puas yuam tau kom koj qhia koj tus lej zais rau lawv. Ib tus lej zais uas koj nco ntsoov tseem tiv thaiv tau koj zoo dua koj lub ntsej muag los sis ntiv tes.
phone-unsettled-policy = Muaj xov hais tias { -cbp } tau hloov nws txoj cai tshawb xov tooj nyob rau lub Ib Hlis 2026. Peb tseem tsis tau nyeem txoj cai tshiab, yog li cov cai saum no tej zaum twb hloov lawm.
