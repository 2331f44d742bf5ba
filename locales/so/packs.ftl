# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.
# "pack" = xirmo (a file from a clinic); "key code" = koodhka furaha.

## Packs screen
packs-title = Xirmooyinka xarumaha caawimaadda sharciga
packs-intro = Xarun caawimaad sharci ayaa ku siin karta xirmo. Xirmadu waa fayl ay ku jiraan xiriirada xarunta, qoraallo deegaanka ku saabsan iyo cusbooneysiin. Barnaamijku wuxuu hubiyaa cidda samaysay ka hor intaanu isticmaalin. Waxba lama diro.
packs-install = Rakib xirmo: dooro fayl
packs-none = Xirmo lama rakibin.
pack-version = Nuqulka { $version }, la sameeyay { $date }
pack-from = Ka timid { $publisher }
pack-key = Koodhka furaha: { $key }
pack-restore = Ku noqo nuqulkii hore
pack-remove = Ka saar xirmadan
pack-installed = Xirmada waa la rakibay.
pack-restored = Waa dhammaatay. Xirmadu waxay ku noqotay sidii ay ahayd hore.

## Before installing
pack-review-title = Ma ku kalsoon tahay xaruntan?
pack-review-new = Tani waa xirmadii ugu horreysay ee xaruntan ka timaada. Kahor intaadan rakibin, magaca iyo koodhka furaha (koodh gaaban oo xarfo iyo lambarro ah) ku barbar dhig waxa xaruntu kuu sheegto.
pack-review-known = Xirmadan waxay ka timid xarun aad horey ugu kalsoon tahay.
pack-adds-title = Waxa xirmadani ku darayso
pack-adds-contacts = Xiriiro lagu darayo liiska xiriirada
pack-adds-outdated = Warbixinno ku saabsan xiriirro duugoobay oo ku jira liiska xiriirada
pack-adds-profile = Magaca xarunta, website-keeda iyo sadarkeeda kaararka la daabaco
pack-adds-guides = Hagayaal u gaar ah: { $titles }
pack-adds-languages = Luqadahan ku qoran: { $languages }
pack-adds-official = Cusbooneysiin rasmi ah oo beddeleysa qoraalka barnaamijka laftiisa: { $files }
pack-review-install = Ku kalsoonow oo rakib
pack-review-update = Rakib cusbooneysiinta
pack-review-cancel = Ka noqo

## Where pack content shows
pack-guide-from = Hagahan waxaa ku jira isbeddello ka yimid { $publisher }.
home-clinic = Xaruntaada
clinic-call = Wac

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Xirmadani aad bay u weyn tahay. Waxba lama beddelin.
pack-error-not-a-pack = Faylkani ma aha xirmo kyr, ama ma dhammaystirna. Waxba lama beddelin.
pack-error-signature = Xirmadan waa la beddelay ama waa xumaatay kadib markii la sameeyay. Waxba lama beddelin.
pack-error-malformed = Xirmadan si sax ah looma samayn. Waxba lama beddelin.
pack-error-not-official = Xirmadani waxay isticmaashaa magaca barnaamijka, laakiin kama timid dadka sameeyay barnaamijka. Waxba lama beddelin.
pack-error-other-key = Xirmadani waxay isticmaashaa magaca xarun aad ku kalsoon tahay, laakiin koodhka furaha waa ka duwan yahay. Waxaa laga yaabaa inaanay ka iman xaruntaas. Waxba lama beddelin.
pack-error-not-newer = Horey ayaad u haysataa nuqulka { $installed } ee xirmadan. Faylkani waa nuqulka { $offered }. Waxba lama beddelin.
pack-error-built-in = Xirmadani waxay isku dayaysaa inay beddesho erayada barnaamijka laftiisa, sida waxa aad sarkaal u sheegayso. Cusbooneysiinta rasmiga ah ee kyr oo keliya ayaa loo oggol yahay inay sidaas samayso. Waxba lama beddelin.
pack-error-content = Xirmadan khalad ayaa ku jira, sidaas darteed waxba lama beddelin. Faylka { $file }, sadarka { $line }: { $problem }
pack-error-io = Xirmada lama kaydin karin. Waxba lama beddelin.
pack-broken = Xirmo la rakibay lama akhriyi karin. Hadda barnaamijku wuxuu isticmaalayaa macluumaadkiisa asalka ah.
