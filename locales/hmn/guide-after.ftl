# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = Tom qab ntsib tub ceev xwm
after-summary = Sau cia, nrhiav kev pab, thiab nrhiav ib tug neeg uas raug coj mus lawm.
after-first = Thaum koj nyob nyab xeeb lawm, sau cia tam sim ntawd tias muaj dab tsi tshwm sim.
after-do-write = Sau hnub, sij hawm thiab qhov chaw, cov tub ceev xwm hais thiab ua dab tsi, lawv lub npe los sis tus lej ntawm lawv daim npav, tus lej phiaj tsheb, thiab lawv coj dab tsi mus.
after-do-witnesses = Sau cov tim khawv lub npe thiab tus xov tooj. Khaws cov duab thiab video kom nyab xeeb.
after-do-lawyer = Tham nrog ib tug kws lij choj los sis ib lub xov tooj pab sai (rapid response hotline) txog qhov tshwm sim.
after-do-find = Yog muaj ib tug neeg raug coj mus, tshawb hauv { -ice } Online Detainee Locator (chaw nrhiav neeg raug kaw hauv online) nrog nws tus lej A (A-number) thiab lub tebchaws uas nws yug, los sis nws lub npe raws nraim thiab lub tebchaws uas nws yug.
after-do-line = Koj kuj hu tau rau { -ice } lub xov tooj qhia txog kev raug kaw: 1-888-351-4024.
after-dont-post = Tsis txhob muab tej ntsiab lus txog ib tug neeg li xwm txheej tsiv teb tsaws chaw (status) tso rau hauv online.
after-dont-sign = Tsis txhob kos npe rau ntaub ntawv rau ib tug neeg uas raug kaw ua ntej koj tham nrog ib tug kws lij choj.
after-why-record = Kev kaw video cov nom tswv thaum lawv ua lawv txoj haujlwm hauv pej xeem yog raug tiv thaiv nyob rau qee lub tsev hais plaub rov txiav txim (appeals courts) ntawm tsoomfwv tebchaws. Koj cov ntawv sau thiab video pab tau ib tug kws lij choj.
after-why-locator = { -ice } khiav lub Online Detainee Locator. Koj tshawb tau nrog tus lej A (A-number) thiab lub tebchaws uas tus neeg yug, los sis nrog lub npe thiab lub tebchaws uas tus neeg yug.
after-unsettled-locator = Lub locator tej zaum tsis muaj txhua tus neeg. Cov menyuam hnub nyoog qis dua 18 xyoo tej zaum yuav tsis muaj nyob hauv. Yog koj nrhiav tsis tau tus neeg ntawd, hu rau ib tug kws lij choj.
