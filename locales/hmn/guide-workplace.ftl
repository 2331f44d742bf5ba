# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Nyob tom chaw ua haujlwm
work-summary = Cov tub ceev xwm tsiv teb tsaws chaw tuaj rau koj qhov chaw ua haujlwm.
work-first = Ua siab tus. Tsis txhob khiav.
work-do-warrant = Nug seb cov tub ceev xwm puas muaj daim ntawv tso cai ntes los sis tshawb (warrant) uas tus kws txiav txim kos npe. Daim ntawv tso cai ntes ntawm { -ice } ib leeg xwb tsis pub lawv nkag rau cov chaw ntiag tug ntawm qhov chaw ua haujlwm.
work-do-private = Cov tub ceev xwm yuav tsum muaj daim ntawv tso cai ntes los sis tshawb ntawm tus kws txiav txim, kev pom zoo ntawm tus tswv haujlwm, los sis muaj xwm txheej ceev, thiaj nkag tau rau cov chaw uas tsis qhib rau pej xeem.
work-do-silent = Koj nyob ntsiag to (tsis hais lus) tau. Koj tsis tas yuav teb cov lus nug txog qhov koj yug qhov twg los sis koj li xwm txheej yog li cas. Yog koj muaj ntaub ntawv tsiv teb tsaws chaw ntawm Tebchaws Meskas uas tseem siv tau thiab ib tug tub ceev xwm thov saib, qhia rau nws.
work-do-lawyer = Thov kom muaj kws lij choj. Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj tham nrog kws lij choj.
work-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
work-dont-hide = Tsis txhob nkaum los sis khiav. Tsis txhob sib ntaus nrog cov tub ceev xwm.
work-why-warrant = Daim ntawv tso cai ntes ntawm { -ice } uas ib tug tub ceev xwm kos npe, ib leeg xwb, tsis pub cov tub ceev xwm nkag rau cov chaw uas tsis qhib rau pej xeem, tshwj tsis yog tus tswv haujlwm pom zoo los sis muaj xwm txheej ceev. Daim ntawv tso cai tshawb (search warrant) uas tus kws txiav txim kos npe yeej pub lawv nkag tau.
work-why-fourth = Qhov Kev Hloov Kho Thib Plaub ntawm Tsab Cai Lij Choj (Fourth Amendment) tiv thaiv kev tshawb tsis tsim nyog. Yog li ntawd cov tub ceev xwm thiaj yuav tsum muaj daim ntawv tso cai ntes los sis tshawb ntawm tus kws txiav txim los sis kev pom zoo thiaj nkag tau rau cov chaw ntiag tug.
work-why-i9 = Ua ntej kev kuaj xyuas ntaub ntawv ua haujlwm (Form I-9), feem ntau tus tswv haujlwm tau txais ib daim ntawv ceeb toom sau tseg tsawg kawg 3 hnub ua ntej. Cov tub ceev xwm kuj siv tau ib daim ntawv yuam kom muab ntaub ntawv (subpoena) los sis ib daim ntawv tso cai tshawb (warrant) kom tau cov ntaub ntawv sai dua.
work-why-silence = Tsab Cai Lij Choj Tebchaws Meskas (U.S. Constitution) muab txoj cai nyob twj ywm rau txhua tus, txawm lawv li xwm txheej tsiv teb tsaws chaw yog li cas los xij.
work-unsettled-employer = Qhov uas koj tus tswv haujlwm tso cai tau, thiab cov chaw twg suav tias yog chaw pej xeem, nyob ntawm qhov chaw. Tham nrog ib lub koom haum pab txog cai neeg ua haujlwm los sis ib tug kws lij choj.
