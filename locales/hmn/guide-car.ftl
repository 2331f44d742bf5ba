# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = Nyob hauv tsheb
car-summary = Tub ceev xwm los sis cov tub ceev xwm tsoomfwv tebchaws nres lub tsheb uas koj tsav los sis caij.
car-first = Tsav mus nres rau ib qho chaw nyab xeeb. Tua lub cav tsheb. Tso koj ob txhais tes rau saum lub kauj tsheb, los sis saum koj ob txhais ceg yog koj yog neeg caij tsheb.
car-do-papers = Yog koj yog tus tsav tsheb, qhia koj daim ntawv tsav tsheb, daim ntawv sau npe tsheb (registration) thiab pov thawj pov hwm tsheb (insurance) thaum tub ceev xwm thov. Cov cai lij choj hauv xeev yuam kom ua li no. Muaj ob qho piv txwv nyob hauv cov chaw muab ntaub ntawv hauv qab no.
car-do-out = Yog tub ceev xwm hais kom koj tawm hauv lub tsheb los, ua raws li ntawd. Qhov no siv rau tus tsav tsheb thiab cov neeg caij tsheb.
car-do-silent = Txawm koj yog tus tsav tsheb los sis neeg caij tsheb, koj nyob twj ywm tau. Koj tsis tas yuav tham txog koj li xwm txheej tsiv teb tsaws chaw.
car-do-no-search = Koj hais tau tias tsis pub tshawb lub tsheb. Tub ceev xwm tseem tshawb tau yog lawv muaj laj thawj ruaj khov los xav tias lawv yuav nrhiav tau pov thawj ntawm kev ua txhaum cai.
car-do-passenger-free = Cov neeg caij tsheb nug tau seb lawv puas mus tau lawm. Yog tau, lawv ua siab tus tawm mus tau.
car-do-no-license = Yog koj tsis muaj daim ntawv tsav tsheb, tsis txhob qhia daim ntawv tsav tsheb cuav kiag li. Koj tseem nyob ntsiag to (tsis hais lus) tau txog koj li xwm txheej. Nug ib tug kws lij choj ua ntej seb puas yuav qhia daim ntawv tsav tsheb los sis daim npav ID los ntawm lwm lub tebchaws.
car-dont-run = Tsis txhob tsav tsheb khiav los sis khiav. Tsis txhob sib cav los sis sib ntaus, txawm tias koj xav tias qhov nres no tsis ncaj ncees.
car-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
car-dont-reach = Tsis txhob cev tes mus rau hauv qab lub rooj zaum los sis rau hauv ib lub hnab yog tsis tau qhia rau tus tub ceev xwm ua ntej.
car-why-out = Tsev Hais Plaub Siab Tshaj (Supreme Court) hais tias tub ceev xwm hais tau kom tus tsav tsheb thiab cov neeg caij tsheb tawm hauv lub tsheb thaum muaj kev nres raws cai.
car-why-passenger = Thaum tub ceev xwm nres ib lub tsheb, tus neeg caij tsheb kuj raug nres thiab, thiab nws tawm tsam tau ib qho kev nres tsis raws cai hauv tsev hais plaub.
car-why-fourth = Qhov Kev Hloov Kho Thib Plaub ntawm Tsab Cai Lij Choj (Fourth Amendment) tiv thaiv koj ntawm kev tshawb tsis tsim nyog. Tub ceev xwm yuav tsum muaj koj qhov kev pom zoo los sis laj thawj txaus ntseeg (probable cause) thiaj tshawb tau koj lub tsheb.
car-why-checkpoint = Ntawm cov chaw kuaj xyuas tsiv teb tsaws chaw ruaj nyob hauv lub tebchaws, cov tub ceev xwm nres tau tsheb thiab nug cov lus nug luv luv yam tsis tas muaj kev xav tias ua txhaum li. Yuav tshawb lub tsheb, lawv tseem yuav tsum muaj koj qhov kev pom zoo los sis laj thawj txaus ntseeg (probable cause).
car-why-roving = Ze ciam teb, cov tub ceev xwm tshawb tau tsheb nrhiav cov neeg tsis muaj ntaub ntawv, tab sis lawv tseem yuav tsum muaj laj thawj zoo thiaj nres tau ib lub tsheb. Kev tshawb ib lub tsheb yuav tsum muaj laj thawj ruaj khov los sis koj qhov kev pom zoo.
car-unsettled-name = Feem ntau tus neeg caij tsheb tsis tas yuav qhia nws lub npe, tshwj tsis yog tub ceev xwm xav tias tus neeg caij tsheb ntawd ua txhaum cai thiab lub xeev muaj txoj cai lij choj txog qhov no. Saib cov lus qhia txog koj lub xeev saum no.
