# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = Nyob hauv tsheb
car-summary = Tub ceev xwm los sis cov neeg ua haujlwm tsoomfwv (agents) nres lub tsheb uas koj tsav los sis caij.
car-first = Tsav mus nres rau ib qho chaw nyab xeeb. Tua lub cav tsheb. Tso koj ob txhais tes rau saum lub kauj tsheb, los sis saum koj ob txhais ceg yog koj yog neeg caij tsheb.
car-do-papers = Yog koj yog tus tsav tsheb, qhia koj daim ntawv tsav tsheb, daim ntawv sau npe tsheb (registration) thiab pov thawj pov hwm tsheb (insurance) thaum tub ceev xwm thov. Cov cai lij choj hauv xeev yuam kom ua li no.
car-do-out = Yog tub ceev xwm hais kom koj tawm hauv lub tsheb los, ua raws li ntawd. Qhov no siv rau tus tsav tsheb thiab cov neeg caij tsheb.
car-do-silent = Txawm koj yog tus tsav tsheb los sis neeg caij tsheb, koj nyob twj ywm tau. Koj tsis tas yuav tham txog koj li xwm txheej tsiv teb tsaws chaw.
car-do-no-search = Koj hais tau tias tsis pub tshawb lub tsheb. Tub ceev xwm tseem tshawb tau yog lawv muaj laj thawj ruaj khov los xav tias lawv yuav nrhiav tau pov thawj ntawm kev ua txhaum cai.
car-do-passenger-free = Cov neeg caij tsheb nug tau seb lawv puas mus tau lawm. Yog tau, lawv ua siab tus tawm mus tau.
car-dont-run = Tsis txhob tsav tsheb khiav los sis khiav. Tsis txhob sib cav los sis sib ntaus, txawm tias koj xav tias qhov nres no tsis ncaj ncees.
car-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
car-dont-reach = Tsis txhob cev tes mus rau hauv qab lub rooj zaum los sis rau hauv ib lub hnab yog tsis tau qhia rau tus tub ceev xwm ua ntej.
car-why-out = Tsev Hais Plaub Siab Tshaj (Supreme Court) hais tias tub ceev xwm hais tau kom tus tsav tsheb thiab cov neeg caij tsheb tawm hauv lub tsheb thaum muaj kev nres raws cai.
car-why-passenger = Thaum tub ceev xwm nres ib lub tsheb, tus neeg caij tsheb kuj raug nres thiab, thiab nws tawm tsam tau ib qho kev nres tsis raws cai hauv tsev hais plaub.
car-why-checkpoint = Ntawm cov chaw kuaj xyuas tsiv teb tsaws chaw ruaj nyob hauv lub tebchaws, cov tub ceev xwm nres tau tsheb thiab nug cov lus nug luv luv yam tsis tas muaj kev xav tias ua txhaum li.
car-why-roving = Ze ciam teb, cov tub ceev xwm tshawb tau tsheb nrhiav cov neeg tsis muaj ntaub ntawv, tab sis lawv tseem yuav tsum muaj laj thawj zoo thiaj nres tau ib lub tsheb. Kev tshawb ib lub tsheb yuav tsum muaj laj thawj ruaj khov los sis koj qhov kev pom zoo.
car-unsettled-name = Seb tus neeg caij tsheb puas yuav tsum qhia nws lub npe yog nyob ntawm lub xeev. Saib cov lus qhia txog koj lub xeev saum no.
