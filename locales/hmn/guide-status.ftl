# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = Mus rau txhua qhov kev mus ntsib { -ice } (check-in). { -ice } cia neeg teem sij hawm mus ntsib (check-in) hauv online.
status-do-prepare = Ua ntej mus hais plaub los sis mus ntsib (check-in), tham nrog ib tug kws lij choj, nqa nws tus xov tooj nrog koj, thiab npaj ib txoj kev npaj rau tsev neeg.
status-do-visa = Yog koj muaj visa, xws li visa kawm ntawv, visa ua haujlwm los sis visa tuaj ncig, muaj lwm cov cai siv rau koj. Tsis txhob dag. Nug ib tug kws lij choj, los sis lub chaw haujlwm pab cov tub ntxhais kawm txawv tebchaws ntawm koj lub tsev kawm ntawv, seb koj yuav tsum teb dab tsi.
status-do-register = Txij lub Plaub Hlis 2025, tsoomfwv hais kom cov neeg uas yeej tsis tau sau npe li sau npe, nrog daim ntawv G-325R. Tham nrog ib tug kws lij choj ua ntej koj sau npe los sis teb ib qho kev thov kom sau npe.
status-why-absentia = Txoj cai lij choj tsoomfwv tebchaws hais tias ib tug neeg uas tau txais daim ntawv ceeb toom sau tseg txog kev mus hais plaub thiab tsis tuaj yuav raug txiav txim kom xa tawm.
status-why-court-arrests = Txij lub Tsib Hlis 2025, { -ice } tau ntes ntau tus neeg uas tuaj rau tsev hais plaub tsiv teb tsaws chaw, feem ntau yog tam sim tom qab tsoomfwv thov kom xaus lawv rooj plaub.
status-why-register = Ib txoj cai lij choj tsoomfwv tebchaws hais tias ntau tus neeg tsis yog pej xeem yuav tsum sau npe. Kev txhob txwm tsis sau npe tuaj yeem yog ib qho kev ua txhaum cai. Kev sau npe kuj muab koj cov ntaub ntawv rau tsoomfwv thiab. Yog li ntawd, nws zoo kom koj tham nrog ib tug kws lij choj ua ntej.
status-why-visa = Lub Chaw Haujlwm Saib Xyuas Kev Txawv Tebchaws (State Department) tshem tau ib daim visa txhua lub sij hawm.
status-unsettled-register = Tseem tsis tau paub meej tias tsoomfwv yuav siv cov ntaub ntawv sau npe li cas, thiab leej twg yuav raug foob vim tsis sau npe. Nug ib tug kws lij choj.
status-do-court = Nrhiav kom paub hnub koj yuav mus hais plaub zaum tom ntej, thiab mus. Yog koj plam, tus kws txiav txim txiav txim tau kom xa koj tawm (deport) txawm tias koj tsis nyob ntawd.
status-first = Tsis txhob plam kev mus hais plaub hauv tsev hais plaub tsiv teb tsaws chaw los sis kev mus ntsib { -ice } (check-in) kiag li. Tham nrog ib tug kws lij choj ua ntej koj mus.
status-summary = Koj muaj hnub mus hais plaub los sis kev mus ntsib { -ice } (check-in), koj muaj visa, los sis koj raug hais kom sau npe.
status-title = Hnub mus hais plaub, kev mus ntsib (check-in), visa thiab kev sau npe
