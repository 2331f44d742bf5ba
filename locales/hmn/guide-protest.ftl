# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Kev tawm tsam thiab kev kaw video
protest-summary = Koj mus koom kev tawm tsam, saib los sis kaw video cov tub ceev xwm hauv qhov chaw pej xeem.
protest-first = Paub txog kev txaus ntshai ua ntej koj mus. Txhua qhov kev ntsib nrog tub ceev xwm yuav ua rau muaj teeb meem tsiv teb tsaws chaw, txawm tsis raug ntes los xij.
protest-do-record = Koj kaw tau video tub ceev xwm thiab cov tub ceev xwm tsoomfwv tebchaws thaum lawv ua lawv txoj haujlwm hauv pej xeem. Nyob deb npaum li lawv hais kom koj nyob. Tsis txhob thaiv lawv kev.
protest-do-phone = Ua ntej mus koom kev tawm tsam, tua kev qhib xov tooj nrog ntsej muag thiab ntiv tes. Siv tus lej zais hloov.
protest-do-silent = Yog tub ceev xwm nres koj, koj nyob twj ywm tau thiab thov kom muaj kws lij choj.
protest-do-plan = Mus nrog cov phooj ywg. Nco ntsoov tus xov tooj ntawm ib tug neeg uas koj yuav hu yog koj raug ntes.
protest-dont-fight = Tsis txhob sib ntaus los sis tawm tsam, txawm tias koj xav tias qhov ntes ntawd tsis raug.
protest-dont-carry = Tsis txhob nqa ntaub ntawv los ntawm lwm lub tebchaws, thiab tsis txhob qhia ntaub ntawv cuav li.
protest-dont-sign = Tsis txhob kos npe rau ib yam dab tsi ua ntej koj tham nrog ib tug kws lij choj.
protest-why-speech = Thawj Qhov Kev Hloov Kho ntawm Tsab Cai Lij Choj (First Amendment) tiv thaiv kev tawm tsam thaj yeeb rau txhua tus neeg hauv Tebchaws Meskas. Kev tawm tsam thaj yeeb tsis nyob hauv cov npe laj thawj rau kev xa tawm (deportation). Tab sis kev raug ntes los sis raug foob txhaum cai tuaj yeem ua rau raug xa tawm.
protest-why-record = Qee lub tsev hais plaub rov txiav txim (appeals courts) ntawm tsoomfwv tebchaws hais tias First Amendment tiv thaiv kev kaw video cov nom tswv uas ua haujlwm hauv pej xeem, nrog cov kev txwv uas tsim nyog.
protest-why-passcode = Ib tus lej zais uas koj nco ntsoov muab kev tiv thaiv raws cai rau koj zoo dua kev qhib xov tooj nrog ntsej muag los sis ntiv tes.
protest-unsettled-courts = Cov tsev hais plaub tsis yog ib txwm tiv thaiv cov neeg tsiv teb tsaws chaw txoj cai hais lus ywj pheej tib yam.
protest-unsettled-visas = Txij xyoo 2025, tsoomfwv tau tshem visa thiab sim xa qee tus neeg tsis yog pej xeem tawm, suav nrog cov tub ntxhais kawm ntawv thiab cov neeg muaj green card, vim yog kev tawm tsam los sis tej lus lawv hais. Cov tsev hais plaub tab tom txiav txim seb qhov no puas raws cai. Yog koj tsis yog pej xeem Meskas, thiab tshwj xeeb yog koj muaj visa, tham nrog ib tug kws lij choj ua ntej koj mus.
protest-unsettled-impeding = Kev thaiv los sis cuam tshuam ib tug tub ceev xwm tsoomfwv tebchaws yog ib qho kev ua txhaum cai. Nyob kom deb thaum koj kaw video.
protest-unsettled-scans = Cov video qhia tias cov tub ceev xwm tsa xov tooj taw rau cov neeg tawm tsam. Qhov no tej zaum yog kev luam ntsej muag. Saib cov lus qhia txog kev luam ntsej muag thiab ntiv tes.
protest-unsettled-record = Tsis yog txhua lub tsev hais plaub tau txiav txim txog kev kaw video, thiab tsis tshua meej tias cov kev txiav txim no siv li cas rau cov tub ceev xwm tsoomfwv tebchaws.
