# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Raug ntes thiab raug kaw
arrest-summary = Koj los sis ib tug neeg koj hlub raug cov tub ceev xwm tsiv teb tsaws chaw ntes los sis kaw.
arrest-first = Nyob twj ywm thiab thov kom muaj kws lij choj. Tsis txhob kos npe rau ib yam dab tsi.
arrest-do-lawyer = Koj muaj txoj cai muaj kws lij choj hauv tsev hais plaub tsiv teb tsaws chaw, tab sis tsoomfwv tsis them nyiaj rau kws lij choj. Thov ib daim ntawv teev cov chaw pab txog kev cai lij choj dawb.
arrest-do-fear = Yog koj ntshai rov qab mus rau koj lub tebchaws, qhia meej meej rau tus tub ceev xwm. Thov kom tau tham nrog ib tug nom tswv saib xyuas kev thov chaw nkaum (asylum officer) los sis ib tug kws txiav txim.
arrest-do-bond = Nug koj tus kws lij choj txog kev mus hais plaub txog nyiaj lav (bond hearing). Ib tug kws txiav txim tej zaum yuav tso koj tawm thaum koj rooj plaub tseem mus. Tsis yog txhua tus neeg tau txais nyiaj lav tau. Tej zaum ib tug kws lij choj kuj foob tau tawm tsam koj qhov raug kaw hauv tsev hais plaub tsoomfwv tebchaws (federal court).
arrest-do-court = Yog koj tau ib hnub teem mus tsev hais plaub tsiv teb tsaws chaw, mus. Yog koj plam, tus kws txiav txim txiav txim tau kom xa koj tawm (deport) txawm tias koj tsis nyob ntawd.
arrest-do-consulate = Koj thov tau kom tiv tauj koj lub chaw sawv cev tebchaws (consulate). Cov tub ceev xwm yuav tsum qhia rau tus neeg txawv tebchaws uas raug kaw txog txoj cai no. Rau qee lub tebchaws, cov tub ceev xwm yuav tsum qhia rau lub chaw sawv cev tebchaws txawm tias koj tsis thov. Yog koj ntshai koj lub tebchaws tsoomfwv, los sis koj npaj yuav thov chaw nkaum (asylum), tham nrog ib tug kws lij choj ua ntej koj tiv tauj koj lub chaw sawv cev tebchaws.
arrest-do-a-number = Paub koj tus lej A (A-number) yog koj muaj, thiab muab rau koj tsev neeg. Nws pab lawv nrhiav tau koj.
arrest-do-find = Yuav nrhiav ib tug neeg uas { -ice } kaw, siv { -ice } Online Detainee Locator (chaw nrhiav neeg raug kaw hauv online). Tshawb nrog nws tus lej A (A-number) thiab lub tebchaws uas nws yug, los sis nws lub npe raws nraim thiab lub tebchaws uas nws yug.
arrest-do-line = Tsev neeg kuj hu tau rau { -ice } lub xov tooj qhia txog kev raug kaw: 1-888-351-4024.
arrest-dont-sign = Tsis txhob kos npe rau ib daim ntawv twg, xws li kev tawm mus yeem (voluntary departure) los sis kev pom zoo kom raug xa tawm (stipulated removal), ua ntej koj tham nrog ib tug kws lij choj.
arrest-dont-lie = Tsis txhob dag. Tsis txhob qhia ntaub ntawv cuav.
arrest-why-counsel = Txoj cai lij choj tsoomfwv tebchaws hais tias ib tug neeg uas muaj rooj plaub xa tawm (removal proceedings) muaj tau ib tug kws lij choj uas nws xaiv, tab sis tsoomfwv tsis them tus nqi.
arrest-why-consular = Ib daim ntawv cog lus ntawm ntau lub tebchaws, Vienna Convention on Consular Relations, hais tias cov nom tswv yuav tsum qhia rau tus neeg txawv tebchaws uas raug kaw, yam tsis ncua, tias nws thov tau kom lawv qhia rau nws lub chaw sawv cev tebchaws. Qhov no siv rau txhua tus, txawm koj li xwm txheej yog li cas los xij.
arrest-why-fear = Txoj cai lij choj tsoomfwv tebchaws hais tias ib tug neeg uas nyob hauv kev xa tawm sai thiab hais tias nws ntshai rov qab mus yuav tsum raug xa mus rau ib tug nom tswv saib xyuas kev thov chaw nkaum (asylum officer) kom xam phaj.
arrest-why-bond = Cov cai ntawm tsoomfwv tebchaws cia ib tug neeg raug kaw thov ib tug kws txiav txim tsiv teb tsaws chaw los saib dua nws qhov raug kaw thiab nws cov nyiaj lav. Txij xyoo 2025, cov kws txiav txim tsiv teb tsaws chaw hais tias ntau tus neeg uas nkag tebchaws yam tsis raug kuaj xyuas (without inspection) tau txais nyiaj lav tsis tau. Cov tsev hais plaub tsoomfwv tebchaws saib tau seb ib tug neeg puas raug kaw tsis raws cai.
arrest-why-locator = Lub Online Detainee Locator tshawb tau nrog tus lej A (A-number) thiab lub tebchaws uas tus neeg yug, los sis nrog lub npe thiab lub tebchaws uas tus neeg yug.
arrest-unsettled-silence = Tseem tsis tau txiav txim meej tias kev nyob ntsiag to (tsis hais lus) puas muab tau los siv tawm tsam koj hauv tsev hais plaub tsiv teb tsaws chaw. Tej lus koj hais muab tau los siv tawm tsam koj nyob ntawd. Nug koj tus kws lij choj.
arrest-unsettled-locator = Cov chaw sau ntawv tshawb hauv lub locator tej zaum twb hloov lawm txij li thaum peb cov chaw muab ntaub ntawv tau sau.
