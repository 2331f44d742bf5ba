# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Qari
quick-exit-label = Hadda qari shaashaddan
neutral-title = Qoraallo
neutral-placeholder = Qor qoraal. Lama kaydinayo.
neutral-new = Qoraal cusub
neutral-all = Dhammaan qoraallada
neutral-note-1-title = Liiska suuqa
neutral-note-1-body = Bariis, digir, ukun, caano, rooti, basal, saabuun.
neutral-note-2-title = Maraq digir
neutral-note-2-body = Digir, yaanyo, basal, toon, cusbo. Kari hal saac.
neutral-note-3-title = Toddobaadkan
neutral-note-3-body = Bixi biilka taleefanka. Nadiifi jikada. Dayactir baaskiilka.
hide-tip-title = Sida "Qari" u shaqeeyo
hide-tip-text = Marka aad taabato "Qari", kyr isla markiiba wuxuu muujiyaa bog qoraallo caadi ah. Boggaas kuma jiro wax kyr ah. Si aad dib ugu soo noqoto, xir kyr oo mar kale fur.
hide-tip-ok = Waan fahmay

## Privacy
privacy-title = Xogtaada gaarka ah
privacy-text = Barnaamijkan waxba ma diro, internetna uma baahna. Wuxuu kaydiyaa oo keliya dejintaada, xiriirada aad kaydsato, iyo qorshahaaga degdegga haddii aad mid samayso. Qorshahaaga waxaa lagu xiray PIN-kaaga. Wax walba waad ka tirtiri kartaa Dejinta.

## The emergency plan (locked)
home-plan = Qorshahayga degdegga
home-plan-hint = Xiriirada, Lambarka A (A-number), qorshaha qoyska. Waxaa lagu xiray PIN.
vault-title = Qorshahayga degdegga
vault-intro = Halkan ku hay xiriirada degdegga iyo qorshaha qoyskaaga. Waxaa lagu xiray PIN, waxayna ku jiraan oo keliya taleefankan.
vault-pin-label = PIN ama weedh sir ah
vault-pin-again = Mar kale qor
vault-pin-hint = Isticmaal ugu yaraan 6 lambar ama xaraf. Weedh sir ah oo ka dheer ayaa ka ammaan badan.
vault-create = Qorshahayga ku xir PIN-kan
vault-unlock = Fur
vault-lock = Hadda xir
vault-locked-note = Wuxuu iskiis u xirmaa marka aad ka baxdo barnaamijka, iyo 5 daqiiqo kadib.
vault-pin-mismatch = Labada PIN isku mid ma aha.
vault-pin-short = Isticmaal ugu yaraan 6 lambar ama xaraf.
vault-wrong-pin = PIN khaldan.
vault-wait = { $seconds ->
    [one] Sug hal ilbiriqsi, kadibna mar kale isku day.
   *[other] Sug { $seconds } ilbiriqsi, kadibna mar kale isku day.
}
vault-unreadable = Qorshahaaga degdegga lama akhriyi karo. Waxaa laga yaabaa in faylku xumaaday. Lama tirtirin. Waad hayn kartaa, ama waad tirtiri kartaa oo dib u bilaabi kartaa.
vault-erase-damaged = Tirtir qorshaha xumaaday
vault-opening = Waa la furayaa…
vault-save = Kaydi oo xir
vault-saved = Waa la kaydiyay. Qorshahaagu waa xiran yahay.
vault-name-label = Magacaaga
vault-a-number-label = Lambarkaaga A (A-number), haddii aad leedahay
vault-contacts-heading = Xiriirada degdegga
vault-contact-name = Magac
vault-contact-phone = Lambarka taleefanka
vault-add-contact = Ku dar xiriir
vault-remove-contact = Ka saar
vault-plan-heading = Qorshaha qoyska
vault-children-label = Yaa qaadaya carruurta
vault-documents-label = Meesha waraaqaha muhiimka ah yaallaan
vault-lawyer-name-label = Magaca qareenka
vault-lawyer-phone-label = Lambarka taleefanka qareenka
vault-notes-label = Qoraallo kale
vault-phone-invalid = Lambarkan taleefanku uma eka mid sax ah: { $phone }
vault-too-long = Tani aad bay u dheer tahay. Fadlan gaabi.
vault-print = Daabac qorshaha qoyska
vault-print-title = Qorshaha degdegga ee qoyska
vault-print-note = Warqaddan guriga ku hay, meel qoyskaagu ka heli karo.

## "I've been detained" message
detained-button = Waa la i xiray: dir fariin
detained-title = Dir fariin caawimaad
detained-explain = Tani waxay furaysaa fariimaha qoraalka ee taleefankaaga, iyadoo fariin diyaar ah ku jirto. Adiga ayaa go'aansanaya inaad dirto. Barnaamijkan waxba ma diro.
detained-place-label = Xagee lagu geynayaa? (haddii aad ogtahay)
detained-to = Loo dirayo
detained-send = Fur fariimahayga qoraalka
detained-no-contacts = Marka hore, qorshahaaga ku dar xiriir degdeg ah.
detained-msg-intro = Waa aniga { $name }. Waxaa i xiray hay'adda socdaalka.
detained-msg-a-number = Lambarkayga A (A-number) waa { $anumber }.
detained-msg-lawyer = Fadlan wac qareenkayga, { $lawyer }, lambarka { $phone }.
detained-msg-no-lawyer = Fadlan iga caawiya inaan qareen helo.
detained-msg-place = Waxay i geynayaan: { $place }.

## Second PIN for danger
duress-title = PIN labaad oo khatarta loogu talagalay (waad ka boodi kartaa)
duress-explain = Haddii qof aan sarkaal ahayn, sida qof ku xadgudba, kugu qasbo inaad furto qorshahaaga, halkii qor PIN-kan labaad. Wuxuu furaa qorshe madhan. Qofna ma arki karo in PIN labaad jiro.
officials-no-hiding = Ha isticmaalin PIN labaad, hana tirtirin qorshahaaga kadib marka booliisku ama saraakiisha socdaalku weydiistaan inay arkaan taleefankaaga ama barnaamijkan. Qarinta ama tirtiridda xogta markaas waxay noqon kartaa dambi. Dheh, "Ma oggoli baaritaan," oo codso qareen.
duress-pin-label = PIN labaad
duress-wipe-label = Sidoo kale tirtir qorshahayga dhabta ah marka PIN-ka labaad la isticmaalo
duress-wipe-warning = Haddii aad tan doorato, qorshahaaga dhabta ah weligiis wuu baaba'ayaa marka PIN-ka labaad la isticmaalo. Dib looma soo celin karo.
duress-set = Deji PIN-ka labaad
duress-confirm = Waan fahmay. Deji PIN-ka labaad.
duress-same = PIN-ka labaad waa inuu ka duwanaadaa PIN-kaaga.
duress-done = PIN-ka labaad waa la dejiyay.

## Erase everything
wipe-title = Tirtir wax walba
wipe-explain = Tani waxay taleefankan ka tirtiraysaa qorshahaaga degdegga, xiriirada aad kaydsatay, xiriirada laga soo daray faylal, xirmooyinka xarumaha caawimaadda sharciga iyo dejintaada. Hagayaashu way hadhayaan. Tan dib looma celin karo.
wipe-button = Tirtir wax walba
wipe-confirm = Haa, hadda tirtir wax walba
wipe-cancel = Ka noqo
wipe-done = Wax walba oo aad kaydsatay waa la tirtiray.

## Errors
error-vault-locked = Qorshahaagu waa xiran yahay. Ku fur PIN-kaaga.
error-vault-exists = Horay ayaad qorshe u leedahay. Ku fur PIN-kaaga.
error-vault-unreadable = Qorshahaaga degdegga lama akhriyi karo. Lama tirtirin.
