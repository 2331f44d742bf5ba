# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Nyob tom chaw ua haujlwm
work-summary = Cov tub ceev xwm tsiv teb tsaws chaw tuaj rau koj qhov chaw ua haujlwm.
work-first = Ua siab tus. Tsis txhob khiav.
work-do-warrant = Nug seb cov tub ceev xwm puas muaj daim ntawv tso cai (warrant) uas tus kws txiav txim kos npe. Daim ntawv tso cai { -ice } ib leeg xwb tsis pub lawv nkag rau cov chaw ntiag tug ntawm qhov chaw ua haujlwm.
work-do-private = Cov tub ceev xwm yuav tsum muaj daim ntawv tso cai ntawm tus kws txiav txim los sis kev tso cai ntawm tus tswv haujlwm thiaj nkag tau rau cov chaw uas tsis qhib rau pej xeem.
work-do-silent = Koj nyob twj ywm tau. Koj tsis tas yuav qhia tias koj yug qhov twg los sis koj li xwm txheej yog li cas.
work-do-lawyer = Thov kom muaj kws lij choj. Tsis txhob kos npe rau ib daim ntawv twg ua ntej koj tham nrog kws lij choj.
work-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
work-dont-hide = Tsis txhob nkaum los sis khiav. Tsis txhob sib ntaus nrog cov tub ceev xwm.
work-why-warrant = Cov lus qhia txog kev paub koj txoj cai los ntawm ACLU hais tias daim ntawv tso cai { -ice } uas ib tug tub ceev xwm kos npe tsis muab hwj chim raws cai rau cov tub ceev xwm nkag mus sab hauv.
work-why-silence = Tsab Cai Lij Choj Tebchaws Meskas (U.S. Constitution) muab txoj cai nyob twj ywm rau txhua tus, txawm lawv li xwm txheej tsiv teb tsaws chaw yog li cas los xij.
work-unsettled-employer = Qhov uas koj tus tswv haujlwm tso cai tau, thiab cov chaw twg suav tias yog chaw pej xeem, nyob ntawm qhov chaw. Tham nrog ib lub koom haum pab txog cai neeg ua haujlwm los sis ib tug kws lij choj.
