# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = د کلینیک بستې
packs-intro = یو کلینیک کولی شي تاسو ته یوه بسته درکړي: یو فایل چې د هغه کلینیک اړیکې، ځایي یادښتونه او تازه معلومات پکې وي. اپلیکیشن مخکې له کارولو ګوري چې دا بسته چا جوړه کړې ده. هېڅ شی نه لېږل کېږي.
packs-install = له فایل څخه یوه بسته نصب کړئ
packs-none = هېڅ بسته نه ده نصب شوې.
pack-version = نسخه { $version }، د { $date } په نېټه جوړه شوې
pack-from = له { $publisher } څخه
pack-key = د کیلي کوډ: { $key }
pack-restore = مخکینۍ نسخې ته بېرته لاړ شئ
pack-remove = دا بسته لرې کړئ
pack-installed = بسته نصب شوه.
pack-restored = وشو. بسته بېرته لکه د مخکې په څېر شوه.

## Before installing
pack-review-title = ایا په دې کلینیک باور لرئ؟
pack-review-new = دا له دې کلینیک څخه لومړۍ بسته ده. مخکې له نصبولو، له کلینیک څخه یې نوم او د کیلي کوډ وپوښتئ، او وګورئ چې له هغه سره یو شان دي چې دلته یې وینئ.
pack-review-known = دا بسته له داسې کلینیک څخه ده چې تاسو دمخه پرې باور لرئ.
pack-adds-title = دا بسته څه زیاتوي
pack-adds-contacts = د فهرست لپاره اړیکې
pack-adds-outdated = په فهرست کې د زړو اړیکو په اړه راپورونه
pack-adds-profile = د کلینیک نوم، وېبسایټ او د چاپ شویو کارتونو لپاره یې کرښه
pack-adds-guides = خپل لارښودونه: { $titles }
pack-adds-languages = په دې ژبو کې: { $languages }
pack-adds-official = یوه رسمي تازه نسخه چې د اپلیکیشن خپل متن بدلوي: { $files }
pack-review-install = باور وکړئ او نصب یې کړئ
pack-review-update = تازه نسخه نصب کړئ
pack-review-cancel = لغوه کړئ

## Where pack content shows
pack-guide-from = په دې لارښود کې د { $publisher } له خوا بدلونونه شامل دي.
home-clinic = ستاسو کلینیک
clinic-call = زنګ ووهئ

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = دا بسته ډېره لویه ده. هېڅ شی بدل نه شو.
pack-error-not-a-pack = دا فایل د kyr بسته نه ده، یا بشپړه نه ده. هېڅ شی بدل نه شو.
pack-error-signature = دا بسته له جوړېدو وروسته بدله شوې یا خرابه شوې ده. هېڅ شی بدل نه شو.
pack-error-malformed = دا بسته سمه نه ده جوړه شوې. هېڅ شی بدل نه شو.
pack-error-not-official = دا بسته د اپلیکیشن خپل نوم کاروي، خو د اپلیکیشن د جوړوونکو له خوا نه ده. هېڅ شی بدل نه شو.
pack-error-other-key = دا بسته د داسې کلینیک نوم کاروي چې تاسو پرې باور لرئ، خو کیلي یې توپیر لري. کېدای شي دا له هغه کلینیک څخه نه وي. هېڅ شی بدل نه شو.
pack-error-not-newer = تاسو دمخه د دې بستې نسخه { $installed } لرئ. دا فایل نسخه { $offered } ده. هېڅ شی بدل نه شو.
pack-error-built-in = دا بسته هڅه کوي چې د اپلیکیشن خپلې کلمې بدلې کړي، لکه دا چې مامور ته څه ووایئ. یوازې د kyr رسمي تازه نسخې د دې کار اجازه لري. هېڅ شی بدل نه شو.
pack-error-content = په دې بسته کې یوه تېروتنه ده، نو هېڅ شی بدل نه شو. په { $file } کې، کرښه { $line }: { $problem }
pack-error-io = بسته خوندي نه شوه. هېڅ شی بدل نه شو.
pack-broken = یوه نصب شوې بسته ونه لوستل شوه. اپلیکیشن اوس مهال خپله اصلي منځپانګه کاروي.
