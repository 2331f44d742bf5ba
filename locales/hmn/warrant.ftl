# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = Muaj dab tsi sau nyob saum toj ntawm daim ntawv?
warrant-h-top = Thov kom lawv muab ntxig hauv qab qhov rooj los sis tuav tsa rau ntawm qhov rais. Tsis txhob qhib qhov rooj.
warrant-a-top-court = Lub npe ntawm ib lub tsev hais plaub, xws li "United States District Court" (Tsev Hais Plaub Cheeb Tsam ntawm Tebchaws Meskas)
warrant-a-top-dhs = "{ -dhs-on-papers }", los sis daim ntawv I-200 los sis I-205
warrant-a-unsure = Kuv tsis paub meej
warrant-q-signed = Leej twg kos npe?
warrant-h-signed = Saib hauv qab. Tus neeg kos npe lub npe haujlwm (title) luam nyob hauv qab tus kos npe.
warrant-a-signed-judge = Ib tug kws txiav txim (judge los sis magistrate judge)
warrant-a-signed-officer = Ib tug tub ceev xwm tsiv teb tsaws chaw (officer los sis agent)
warrant-q-name = Nws puas yog rau koj los sis koj lub tsev, thiab lub npe thiab chaw nyob puas sau raug?
warrant-h-name = Kuaj tus neeg lub npe thiab qhov chaw nyob.
warrant-a-name-yes = Yog, sau raug lawm
warrant-a-name-no = Tsis yog, lub npe los sis chaw nyob tsis raug
warrant-q-allows = Nws pub lawv ua dab tsi?
warrant-h-allows = Nrhiav cov lo lus "search" (tshawb) los sis "arrest" (ntes).
warrant-a-allows-search = Tshawb ib qho chaw. Nws teev kuv qhov chaw nyob.
warrant-a-allows-arrest = Ntes ib tug neeg. Nws teev ib tug neeg lub npe.

warrant-r-admin-title = Qhov no yog daim ntawv tso cai { -ice }, tsis yog daim ntawv tso cai ntawm tus kws txiav txim.
warrant-r-admin-1 = Ib tug tub ceev xwm tsiv teb tsaws chaw kos npe rau nws, tsis yog tus kws txiav txim.
warrant-r-admin-2 = Kaw qhov rooj cia. Hais tias koj tsis pom zoo kom lawv nkag los.
warrant-r-admin-3 = Ib tsab ntawv qhia (memo) ntawm { -ice } txij lub Tsib Hlis 2025 hais tias cov tub ceev xwm siv tau zog nkag los nrog daim ntawv tso cai I-205 los ntes ib tug neeg uas muaj daim ntawv txiav txim zaum kawg kom xa tawm (final order of removal). Muaj neeg tab tom foob tawm tsam nws hauv tsev hais plaub. Yog cov tub ceev xwm nkag los txawm li cas los xij, tsis txhob sib ntaus. Nyob twj ywm thiab thov kom muaj kws lij choj.
warrant-r-unsure-title = Koj tsis paub meej tias daim ntawv no yog dab tsi.
warrant-r-unsure-1 = Kaw qhov rooj cia. Daim ntawv tso cai ntawm tus kws txiav txim muaj npe ntawm ib lub tsev hais plaub nyob saum toj thiab yog tus kws txiav txim kos npe.
warrant-r-unsure-2 = Yog koj ua tau, hu rau ib tug kws lij choj los sis ib lub xov tooj pab sai (rapid response hotline) tam sim no.
warrant-r-wrong-title = Daim ntawv tso cai no tej zaum tsis yog rau koj los sis koj lub tsev.
warrant-r-wrong-1 = Qhia rau lawv thaum qhov rooj tseem kaw tias lub npe los sis chaw nyob tsis raug. Tsis txhob qhib qhov rooj.
warrant-r-wrong-2 = Yog lawv nkag los txawm li cas los xij, tsis txhob sib ntaus. Nyob twj ywm. Nco ntsoov qhov tshwm sim thiab sau cia tom qab.
warrant-r-search-title = Daim ntawv tso cai tshawb (search warrant) ntawm tus kws txiav txim pub lawv nkag los thiab tshawb.
warrant-r-search-1 = Lawv tshawb tau cov chaw uas daim ntawv tso cai teev. Tsis txhob thaiv lawv los sis sib ntaus.
warrant-r-search-2 = Koj tseem nyob twj ywm tau. Koj tsis tas yuav qhia tias koj yug qhov twg los sis koj li xwm txheej yog li cas.
warrant-r-search-3 = Thov ib daim qauv (copy) ntawm daim ntawv tso cai. Hu rau ib tug kws lij choj sai li sai tau.
warrant-r-arrest-title = Daim ntawv tso cai ntes (arrest warrant) ntawm tus kws txiav txim pub lawv ntes tus neeg uas nws teev npe.
warrant-r-arrest-1 = Nws yog hais txog tus neeg ntawd. Ua siab tus thiab tsis txhob sib ntaus.
warrant-r-arrest-2 = Yog koj tsis paub meej tias nws pub lawv ua dab tsi, kaw qhov rooj cia thiab hu rau ib tug kws lij choj. Nyob twj ywm thiab tsis txhob kos npe rau ib yam dab tsi.
