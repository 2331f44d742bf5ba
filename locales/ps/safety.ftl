# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = پټ کړئ
quick-exit-label = دا سکرین همدا اوس پټ کړئ
neutral-title = یادښتونه
neutral-placeholder = یو یادښت ولیکئ. دا نه خوندي کېږي.
neutral-new = نوی یادښت
neutral-all = ټول یادښتونه
neutral-note-1-title = سودا
neutral-note-1-body = وریجې، لوبیا، هګۍ، شیدې، ډوډۍ، پیاز، صابون.
neutral-note-2-title = د لوبیا ښوروا
neutral-note-2-body = لوبیا، رومي بانجان، پیاز، هوږه، مالګه. یو ساعت یې پخه کړئ.
neutral-note-3-title = دا اونۍ
neutral-note-3-body = د تلیفون بل ورکول. د پخلنځي پاکول. د بایسکل جوړول.
hide-tip-title = د "پټ کړئ" تڼۍ څنګه کار کوي
hide-tip-text = "پټ کړئ" کېکاږئ، kyr سمدستي د یادښتونو یوه ساده پاڼه ښيي. په هغې کې د kyr هېڅ شی نه وي. د بېرته راتګ لپاره، kyr وتړئ او بیا یې خلاص کړئ.
hide-tip-ok = سمه ده

## Privacy
privacy-title = ستاسو محرمیت
privacy-text = دا اپلیکیشن هېڅ شی نه لېږي او انټرنیټ ته اړتیا نه لري. دا یوازې دا شیان ساتي: ستاسو تنظیمات، هغه اړیکې چې تاسو یې خوندي کوئ، او ستاسو بېړنی پلان که یې جوړ کړئ. ستاسو پلان په پټ کوډ قفل دی. تاسو کولی شئ په تنظیماتو کې هر څه پاک کړئ.

## The emergency plan (locked)
home-plan = زما بېړنی پلان
home-plan-hint = اړیکې، د A شمېره (A-number)، د کورنۍ پلان. په پټ کوډ قفل دی.
vault-title = زما بېړنی پلان
vault-intro = خپلې بېړنۍ اړیکې او د کورنۍ پلان دلته وساتئ. دا په پټ کوډ قفل دي او یوازې په همدې تلیفون کې پاتې کېږي.
vault-pin-label = پټ کوډ یا پټه جمله
vault-pin-again = بیا یې ولیکئ
vault-pin-hint = لږ تر لږه 6 شمېرې یا توري وکاروئ. اوږده پټه جمله لا ډېره خوندي ده.
vault-create = زما پلان په دې پټ کوډ قفل کړئ
vault-unlock = خلاص کړئ
vault-lock = همدا اوس قفل کړئ
vault-locked-note = کله چې له اپلیکیشن څخه ووځئ، پخپله قفل کېږي. له 5 دقیقو وروسته هم قفل کېږي.
vault-pin-mismatch = دواړه پټ کوډونه یو شان نه دي.
vault-pin-short = لږ تر لږه 6 شمېرې یا توري وکاروئ.
vault-wrong-pin = پټ کوډ غلط دی.
# CLDR ps: one (n = 1), other.
vault-wait = { $seconds ->
    [one] یوه ثانیه انتظار وکړئ، بیا هڅه وکړئ.
   *[other] { $seconds } ثانیې انتظار وکړئ، بیا هڅه وکړئ.
}
vault-unreadable = ستاسو بېړنی پلان نه لوستل کېږي. کېدای شي فایل خراب شوی وي. دا نه دی پاک شوی. تاسو کولی شئ یې وساتئ، یا یې پاک کړئ او له سره پیل وکړئ.
vault-erase-damaged = خراب شوی پلان پاک کړئ
vault-opening = خلاصېږي…
vault-save = خوندي او قفل یې کړئ
vault-saved = خوندي شو. ستاسو پلان قفل دی.
vault-name-label = ستاسو نوم
vault-a-number-label = ستاسو د A شمېره (A-number)، که یې لرئ
vault-contacts-heading = بېړنۍ اړیکې
vault-contact-name = نوم
vault-contact-phone = د تلیفون شمېره
vault-add-contact = یوه اړیکه زیاته کړئ
vault-remove-contact = لرې کړئ
vault-plan-heading = د کورنۍ پلان
vault-children-label = څوک به ماشومان راولي
vault-documents-label = مهم کاغذونه چېرې دي
vault-lawyer-name-label = د وکیل نوم
vault-lawyer-phone-label = د وکیل د تلیفون شمېره
vault-notes-label = نور یادښتونه
vault-phone-invalid = دا د تلیفون شمېره سمه نه ښکاري: { $phone }
vault-too-long = دا ډېر اوږد دی. مهرباني وکړئ لنډ یې کړئ.
vault-print = د کورنۍ پلان چاپ کړئ
vault-print-title = د کورنۍ بېړنی پلان
vault-print-note = دا کاغذ په کور کې داسې ځای کې وساتئ چې ستاسو کورنۍ یې پیدا کړای شي.

## "I've been detained" message
detained-button = زه توقیف شوم: پیغام ولېږئ
detained-title = د مرستې لپاره پیغام ولېږئ
detained-explain = دا ستاسو د تلیفون پیغامونه له یوه چمتو پیغام سره خلاصوي. تاسو پخپله پرېکړه کوئ چې ویې لېږئ. دا اپلیکیشن هېڅ شی نه لېږي.
detained-place-label = تاسو چېرته وړي؟ (که پوهېږئ)
detained-to = چا ته
detained-send = زما پیغامونه خلاص کړئ
detained-no-contacts = لومړی خپل پلان ته یوه بېړنۍ اړیکه زیاته کړئ.
detained-msg-intro = زه { $name } یم. د مهاجرت لخوا توقیف شوم.
detained-msg-a-number = زما د A شمېره (A-number) { $anumber } ده.
detained-msg-lawyer = مهرباني وکړئ زما وکیل { $lawyer } ته په { $phone } شمېره زنګ ووهئ.
detained-msg-no-lawyer = مهرباني وکړئ د وکیل په موندلو کې راسره مرسته وکړئ.
detained-msg-place = ما دې ځای ته وړي: { $place }

## Second PIN for danger
duress-title = د خطر لپاره دویم پټ کوډ (کولی شئ دا پرېږدئ)
duress-explain = که څوک چې افسر نه دی، لکه هغه کس چې تاسو ځوروي، تاسو مجبور کړي چې خپل پلان خلاص کړئ، پر ځای یې دا دویم پټ کوډ ولیکئ. دا یو خالي پلان خلاصوي. هېڅوک نه شي لیدلی چې دویم پټ کوډ شته.
officials-no-hiding = وروسته له دې چې پولیس یا د مهاجرت مامورین ستاسو د تلیفون یا د دې اپلیکیشن د لیدلو غوښتنه وکړي، نه دویم پټ کوډ وکاروئ او نه خپل پلان پاک کړئ. په هغه وخت کې د معلوماتو پټول یا پاکول کېدای شي جرم وي. ووایئ: "زه تلاشۍ ته رضایت نه ورکوم،" او وکیل وغواړئ.
duress-pin-label = دویم پټ کوډ
duress-wipe-label = کله چې دویم پټ کوډ وکارول شي، زما اصلي پلان هم پاک شي
duress-wipe-warning = که دا وټاکئ، کله چې دویم پټ کوډ وکارول شي، ستاسو اصلي پلان د تل لپاره له منځه ځي. بیا نه شي راګرځېدلی.
duress-set = دویم پټ کوډ وټاکئ
duress-confirm = پوهېږم. دویم پټ کوډ وټاکئ.
duress-same = دویم پټ کوډ باید ستاسو له پټ کوډ سره توپیر ولري.
duress-done = دویم پټ کوډ وټاکل شو.

## Erase everything
wipe-title = هر څه پاک کړئ
wipe-explain = دا ستاسو بېړنی پلان، خوندي شوې اړیکې، له فایلونو څخه زیاتې شوې اړیکې، د کلینیک بستې او ستاسو تنظیمات له دې تلیفون څخه پاکوي. لارښودونه پاتې کېږي. دا کار بېرته نه شي اړول کېدای.
wipe-button = هر څه پاک کړئ
wipe-confirm = هو، همدا اوس هر څه پاک کړئ
wipe-cancel = لغوه کړئ
wipe-done = هر هغه څه چې تاسو خوندي کړي وو، پاک شول.

## Errors
error-vault-locked = ستاسو پلان قفل دی. په خپل پټ کوډ یې خلاص کړئ.
error-vault-exists = تاسو دمخه یو پلان لرئ. په خپل پټ کوډ یې خلاص کړئ.
error-vault-unreadable = ستاسو بېړنی پلان نه لوستل کېږي. دا نه دی پاک شوی.
