# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Tsev kawm ntawv, tsev kho mob, tsev teev ntuj, tsev hais plaub
places-summary = Koj mus rau tsev kawm ntawv, tsev kho mob, chaw pe hawm los sis tsev hais plaub.
places-first = Cov chaw no tsis yog chaw nyab xeeb lawm. Cov tub ceev xwm ua haujlwm tau nyob ntawd.
places-do-same = Koj cov cai zoo ib yam nyob ntawd: nyob twj ywm, tsis txhob pom zoo rau kev tshawb, thov kom muaj kws lij choj.
places-do-court = Yog koj muaj kev mus hais plaub hauv tsev hais plaub tsiv teb tsaws chaw los sis kev mus ntsib { -ice } (check-in), tsis txhob plam. Yog koj plam kev mus hais plaub, tus kws txiav txim txiav txim tau kom xa koj tawm (deport) txawm tias koj tsis nyob ntawd. Tham nrog ib tug kws lij choj ua ntej koj mus, nqa nws tus xov tooj nrog koj, thiab npaj ib txoj kev npaj rau tsev neeg.
places-do-plan = Npaj ib txoj kev npaj rau tsev neeg: leej twg yuav mus tos koj cov menyuam yog koj mus tsis tau.
places-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
places-why-rescinded = Hnub tim 20 lub Ib Hlis 2025, tsoomfwv tau xaus txoj cai uas txwv kev ua haujlwm ntawm tub ceev xwm ntawm tsev kawm ntawv, tsev kho mob thiab chaw pe hawm. Tam sim no cov tub ceev xwm txiav txim siab raws li txhua rooj plaub.
places-why-courts = Lub Ib Hlis 2025, { -ice } tau hloov nws tsab ntawv qhia xyoo 2021 uas txwv kev ntes ntawm los sis ze tsev hais plaub. Txij lub Tsib Hlis 2025, { -ice } tau ntes ntau tus neeg uas tuaj mus hais plaub hauv tsev hais plaub tsiv teb tsaws chaw.
places-unsettled-lawsuits = Cov koom haum kev ntseeg tau mus foob hauv tsev hais plaub txog qhov xaus txoj cai tiv thaiv cov chaw no. Cov cai tej zaum yuav hloov dua.
