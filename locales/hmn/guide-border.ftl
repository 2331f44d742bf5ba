# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Cheeb tsam ciam teb, chaw kuaj xyuas thiab tshav dav hlau
border-summary = Koj nyob los sis mus los ze ciam teb, los sis caij dav hlau.
border-first = Ntawm qhov chaw hla ciam teb, thiab ntawm tshav dav hlau thaum koj tuaj txog ntawm lwm lub tebchaws, cov cai txawv. Cov tub ceev xwm muaj hwj chim ntau dua nyob ntawd.
border-do-checkpoint = Ntawm ib lub chaw kuaj xyuas ruaj, cov tub ceev xwm nres tau txhua lub tsheb thiab nug ob peb lo lus nug luv luv. Koj nyob twj ywm tau.
border-do-no-search = Thaum tsis nyob ntawm qhov chaw hla ciam teb, suav nrog ntawm cov chaw kuaj xyuas hauv lub tebchaws, koj hais tau tias tsis pub tshawb koj lub tsheb. Cov tub ceev xwm tseem tshawb tau yog lawv muaj laj thawj txaus ntseeg (probable cause). Ntawm qhov chaw hla ciam teb, lawv tshawb tau koj lub tsheb yam tsis tas koj pom zoo.
border-do-phone = Ua ntej hla ciam teb, tua kev qhib xov tooj nrog ntsej muag thiab ntiv tes, thiab nqa ntaub ntawv tsawg dua.
border-do-papers = Yog koj muaj ntaub ntawv tsiv teb tsaws chaw, nqa cov ntawv ntawd nrog koj. Cov neeg laus uas tau txais cov ntawv no yuav tsum nqa.
border-do-green-card = Yog koj muaj daim green card, koj tsis tas yuav kos npe rau daim ntawv I-407. Kos npe rau daim ntawv no txhais tias koj tso koj daim green card tseg. Koj thov tau kom mus ntsib ib tug kws txiav txim tsiv teb tsaws chaw hloov.
border-do-travel-lawyer = Yog koj muaj daim green card los sis visa thiab koj tau raug ntes ib zaug twg los xij, tham nrog ib tug kws lij choj ua ntej koj mus txawv tebchaws.
border-dont-lie = Tsis txhob dag cov tub ceev xwm ciam teb. Tsis txhob qhia ntaub ntawv cuav.
border-dont-run = Tsis txhob khiav los sis tawm tsam.
border-why-zone = Txoj cai lij choj tsoomfwv tebchaws cia cov tub ceev xwm tshawb tsheb nrhiav cov neeg tsis muaj ntaub ntawv nyob hauv ib qho "qhov deb tsim nyog" ntawm ciam teb. Cov cai teev qhov deb no yog 100 mais ntsuas ncaj.
border-why-stop = Cov tub ceev xwm tseem yuav tsum muaj laj thawj tsim nyog los xav tias (reasonable suspicion) thiaj nres tau ib lub tsheb hauv cheeb tsam ciam teb. Kev tshawb ib lub tsheb los ntawm cov tub ceev xwm uas ncig saib yuav tsum muaj laj thawj txaus ntseeg (probable cause) los sis koj qhov kev pom zoo.
border-why-checkpoint = Tsev Hais Plaub Siab Tshaj (Supreme Court) tso cai nres ib pliag ntawm cov chaw kuaj xyuas ruaj yam tsis tas muaj kev xav tias ua txhaum.
border-why-car-search = Thaum nyob deb ntawm ciam teb, cov tub ceev xwm yuav tsum muaj koj qhov kev pom zoo los sis laj thawj txaus ntseeg (probable cause) thiaj tshawb tau ib lub tsheb, txawm tias nyob ntawm chaw kuaj xyuas.
border-why-answers = Thaum tuaj txog ntawm lwm lub tebchaws, cov pej xeem Meskas tsuas yuav tsum teb cov lus nug txog lawv yog leej twg thiab txog lawv txoj kev ua pej xeem xwb. Cov neeg muaj green card tsuas yuav tsum teb cov lus nug txog lawv yog leej twg thiab txog lawv li xwm txheej (status) xwb; kev tsis kam teb lwm cov lus nug tej zaum yuav ua rau qeeb. Cov neeg tuaj ncig thiab cov neeg muaj visa tej zaum yuav raug tsis pub nkag tebchaws yog lawv tsis teb.
border-unsettled-expedited = Kev xa tawm sai yam tsis muaj kev mus hais plaub hauv tsev hais plaub tam sim no siv tau txhua qhov chaw hauv Tebchaws Meskas rau cov neeg uas qhia tsis tau tias lawv nyob ntawm no ob xyoos lawm. Cov tsev hais plaub tau hloov qhov no ntau tshaj ib zaug.
border-unsettled-phones = Cov cai txog kev tshawb xov tooj ntawm ciam teb tab tom hloov. Saib cov lus qhia txog koj lub xov tooj.
