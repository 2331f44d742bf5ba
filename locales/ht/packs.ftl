# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Pake klinik yo
packs-intro = Yon klinik ka ba ou yon pake: yon fichye ki gen kontak klinik la, nòt lokal ak mizajou. Anvan aplikasyon an sèvi ak pake a, li verifye kiyès ki fè l. Li pa voye anyen.
packs-install = Enstale yon pake ki nan yon fichye
packs-none = Pa gen okenn pake ki enstale.
pack-version = Vèsyon { $version }, fèt nan dat { $date }
pack-from = Soti nan { $publisher }
pack-key = Kòd kle: { $key }
pack-restore = Retounen nan vèsyon anvan an
pack-remove = Retire pake sa a
pack-installed = Pake a enstale.
pack-restored = Fini. Pake a retounen jan l te ye anvan an.

## Before installing
pack-review-title = Èske ou fè klinik sa a konfyans?
pack-review-new = Se premye pake ki soti nan klinik sa a. Anvan ou enstale l, mande klinik la non li ak kòd kle li. Verifye yo menm ak sa ki parèt isit la.
pack-review-known = Pake sa a soti nan yon klinik ou deja fè konfyans.
pack-adds-title = Sa pake sa a ajoute
pack-adds-contacts = Kontak pou mete nan lis kontak la
pack-adds-outdated = Rapò sou kontak nan lis kontak la ki pa ajou ankò
pack-adds-profile = Non klinik la, sit entènèt li ak liy tèks li pou kat ki enprime yo
pack-adds-guides = Gid pa li: { $titles }
pack-adds-languages = Nan lang sa yo: { $languages }
pack-adds-official = Yon mizajou ofisyèl ki chanje tèks aplikasyon an menm: { $files }
pack-review-install = Fè konfyans epi enstale
pack-review-update = Enstale mizajou a
pack-review-cancel = Anile

## Where pack content shows
pack-guide-from = Gid sa a gen chanjman ki soti nan { $publisher }.
home-clinic = Klinik ou
clinic-call = Rele

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Pake sa a twò gwo. Anyen pa chanje.
pack-error-not-a-pack = Fichye sa a se pa yon pake pou aplikasyon sa a, oswa li pa konplè. Anyen pa chanje.
pack-error-signature = Pake sa a te chanje oswa li te domaje apre yo te fin fè l. Anyen pa chanje.
pack-error-malformed = Pake sa a pa fèt jan l dwe fèt. Anyen pa chanje.
pack-error-not-official = Pake sa a sèvi ak non aplikasyon an menm, men se pa moun ki fè aplikasyon an ki fè l. Anyen pa chanje.
pack-error-other-key = Pake sa a sèvi ak non yon klinik ou fè konfyans, men kle li diferan. Li ka pa soti nan klinik sa a. Anyen pa chanje.
pack-error-not-newer = Ou deja gen vèsyon { $installed } pake sa a. Fichye sa a se vèsyon { $offered }. Anyen pa chanje.
pack-error-built-in = Pake sa a eseye chanje mo aplikasyon an menm, tankou sa pou w di yon ajan. Se sèlman mizajou ofisyèl kyr ki gen dwa fè sa. Anyen pa chanje.
pack-error-content = Pake sa a gen yon erè, kidonk anyen pa chanje. Nan { $file }, liy { $line }: { $problem }
pack-error-io = Aplikasyon an pa t ka sove pake a. Anyen pa chanje.
pack-broken = Aplikasyon an pa t ka li yon pake ki enstale. Pou kounye a, aplikasyon an ap sèvi ak kontni li te gen deja a.
