# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Cov pob ntaub ntawv los ntawm chaw pab
packs-intro = Ib lub chaw pab muab tau ib pob ntaub ntawv rau koj. Nws yog ib daim file uas muaj lub chaw pab cov xov tooj tiv tauj, cov ntawv sau txog hauv zos, thiab cov kev hloov kho. Lub app kuaj xyuas seb leej twg ua nws ua ntej siv nws. Lub app tsis xa dab tsi mus.
packs-install = Nruab ib pob ntaub ntawv los ntawm ib daim file
packs-none = Tsis tau nruab ib pob ntaub ntawv twg.
pack-version = Version { $version }, ua rau hnub { $date }
pack-from = Los ntawm { $publisher }
pack-key = Tus code yuam sij, piv nrog qhov lub chaw pab hais: { $key }
pack-restore = Rov siv version qub
pack-remove = Rho pob ntaub ntawv no tawm
pack-installed = Nruab pob ntaub ntawv lawm.
pack-restored = Ua tiav lawm. Pob ntaub ntawv rov zoo li qub lawm.

## Before installing
pack-review-title = Koj puas ntseeg siab lub chaw pab no?
pack-review-new = Qhov no yog thawj pob ntaub ntawv los ntawm lub chaw pab no. Ua ntej koj nruab, nug lub chaw pab kom paub tseeb tias lub npe thiab tus code yuam sij zoo ib yam li qhov lawv hais.
pack-review-known = Pob ntaub ntawv no los ntawm ib lub chaw pab uas koj twb ntseeg siab lawm.
pack-adds-title = Yam uas pob ntaub ntawv no ntxiv
pack-adds-contacts = Cov xov tooj tiv tauj rau daim ntawv teev hauv "Nrhiav kev pab txog kev cai lij choj"
pack-adds-outdated = Cov lus qhia tias muaj xov tooj tiv tauj hauv daim ntawv teev uas qub lawm
pack-adds-profile = Lub chaw pab lub npe, nws lub website, thiab ib kab lus rau cov daim npav uas luam tawm
pack-adds-guides = Lub chaw pab tus kheej cov lus qhia: { $titles }
pack-adds-languages = Muaj ua cov hom lus no: { $languages }
pack-adds-official = Ib qho kev hloov kho raug cai los ntawm cov neeg ua lub app, uas hloov lub app tus kheej cov ntawv: { $files }
pack-review-install = Ntseeg siab thiab nruab
pack-review-update = Nruab qhov hloov kho
pack-review-cancel = Tso tseg

## Where pack content shows
pack-guide-from = Cov lus qhia no muaj cov kev hloov los ntawm { $publisher }.
home-clinic = Koj lub chaw pab
clinic-call = Hu

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Pob ntaub ntawv no loj dhau lawm. Tsis muaj dab tsi hloov.
pack-error-not-a-pack = Daim file no tsis yog ib pob ntaub ntawv kyr, los sis nws tsis tiav. Tsis muaj dab tsi hloov.
pack-error-signature = Pob ntaub ntawv no raug hloov los sis puas tom qab ua tiav lawm. Tsis muaj dab tsi hloov.
pack-error-malformed = Pob ntaub ntawv no ua tsis raug. Tsis muaj dab tsi hloov.
pack-error-not-official = Pob ntaub ntawv no siv lub app lub npe, tiam sis nws tsis yog los ntawm cov neeg ua lub app. Tsis muaj dab tsi hloov.
pack-error-other-key = Pob ntaub ntawv no siv lub npe ntawm ib lub chaw pab uas koj ntseeg siab, tiam sis nws tus yuam sij txawv. Tej zaum nws tsis yog los ntawm lawv. Tsis muaj dab tsi hloov.
pack-error-not-newer = Koj twb muaj version { $installed } ntawm pob ntaub ntawv no lawm. Daim file no yog version { $offered }. Tsis muaj dab tsi hloov.
pack-error-built-in = Pob ntaub ntawv no sim hloov lub app tus kheej cov lus, xws li yuav hais li cas rau tus tub ceev xwm. Tsuas yog cov kev hloov kho raug cai ntawm kyr thiaj li raug tso cai ua li ntawd. Tsis muaj dab tsi hloov.
pack-error-content = Pob ntaub ntawv no muaj ib qho yuam kev, yog li tsis muaj dab tsi hloov. Hauv { $file }, kab { $line }: { $problem }
pack-error-io = Khaws tsis tau pob ntaub ntawv. Tsis muaj dab tsi hloov.
pack-broken = Nyeem tsis tau ib pob ntaub ntawv uas nruab lawm. Tam sim no lub app siv nws tus kheej cov ntsiab lus.
