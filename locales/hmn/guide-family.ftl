# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Txoj kev npaj rau tsev neeg
family-summary = Npaj txhij tam sim no, kom koj tsev neeg paub yuav ua li cas.
family-first = Npaj tam sim no seb leej twg yuav saib xyuas koj cov menyuam yog koj raug kaw.
family-do-memorize = Nco ntsoov tus xov tooj ntawm ib tug neeg hauv tsev neeg, ib tug phooj ywg los sis ib tug kws lij choj uas koj hu tau yog koj raug ntes.
family-do-a-number = Sau koj tus A-number cia thiab qhia rau koj tsev neeg, kom lawv nrhiav tau koj.
family-do-documents = Khaws cov ntaub ntawv tseem ceeb ua ke rau ib qho chaw nyab xeeb: daim ntawv yug, daim ntawv hla tebchaws, koj cov menyuam cov ntaub ntawv. Qhia rau ib tug neeg koj ntseeg siab tias cov ntawv nyob qhov twg.
family-do-caregiver = Xaiv ib tug neeg los saib xyuas koj cov menyuam. Sau cia ua ntawv. Qee lub xeev, xws li California, muaj ib daim ntawv rau qhov no.
family-do-money = Npaj txog nyiaj txiag, cov nyiaj hauv tsev txhab nyiaj thiab koj daim ntawv xauj tsev, kom koj tsev neeg tswj tau.
family-do-lawyer = Nrhiav ib tug kws lij choj tam sim no. Qee tsev neeg sau ib daim ntawv (G-28) nrog lawv tus kws lij choj ua ntej.
family-dont-passport = Tsis txhob yeem muab koj daim ntawv hla tebchaws los sis koj tsev neeg cov ntawv hla tebchaws rau { -ice }. Yog koj muaj daim ntawv txiav txim kom xa tawm (order of removal), nug ib tug kws lij choj ua ntej koj tsis kam ua raws li qhov lawv thov kom muab ntaub ntawv mus ncig tebchaws.
family-dont-wait = Tsis txhob tos kom muaj xwm txheej ceev mam li npaj.
family-why-plan = Cov koom haum pab txog kev cai lij choj qhia kom txhua tsev neeg muaj ib txoj kev npaj, uas tsom rau seb leej twg yuav saib xyuas cov menyuam.
family-unsettled-state = Cov ntaub ntawv rau kev xaiv tus neeg saib xyuas menyuam txawv nyob rau txhua lub xeev. Nug ib tug kws lij choj hauv koj cheeb tsam seb yuav siv daim twg.
