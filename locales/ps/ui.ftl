# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = پښتو
app-title = خپل حقونه وپېژنئ
loading = لوډ کېږي…

home-urgent = همدا اوس درول شوي یاست؟
home-urgent-hint = لومړني ګامونه، په چټکۍ
home-scenarios = څه پېښېږي؟
home-short-door = زما په دروازه کې
home-short-car = په موټر کې
home-short-street = په سړک کې
home-short-arrest = په توقیف کې
home-warrant = وارنټ وګورئ
home-warrant-hint = ستاسو په دروازه کې کوم کاغذ دی؟ ګام په ګام یې وګورئ.
home-more = نور
home-cards = مامور ته یو کارت وښیئ
home-cards-hint = لوی انګلیسي متن، او لاندې یې ستاسو ژبه.
disclaimer = حقوقي معلومات، نه حقوقي مشوره.

nav-back = شاته
nav-language = ژبه
nav-home = لومړی مخ
nav-glossary = مهمې کلمې
nav-settings = تنظیمات

glossary-title = مهمې کلمې
settings-title = تنظیمات
settings-state = ستاسو ایالت
settings-state-hint = ځینې لارښودونه ستاسو د ایالت قواعد ښيي. ستاسو انتخاب په همدې تلیفون کې پاتې کېږي.
settings-state-none = نه دی ټاکل شوی
state-picker-title = خپل ایالت وټاکئ
state-note-heading = ستاسو ایالت: { $state }
state-note-choose = خپل ایالت وټاکئ، ترڅو د نوم ورکولو په اړه د هغه قاعده وګورئ.
state-note-change = ایالت بدل کړئ

cards-title = هغه کارتونه چې مامور ته یې ښیئ
cards-for-agent = د افسر لپاره:
cards-next = بل کارت
cards-previous = مخکنی کارت
cards-close = بند کړئ
guide-show-card = کارت وښیئ
nav-print = کارتونه چاپ کړئ
print-title = د جیب کارتونه چاپ کړئ
print-hint = د کلینیکونو لپاره: د کاغذ په دواړو خواوو چاپ کړئ، کاغذ د اوږدې څنډې له خوا واړوئ، بیا یې د خړو کرښو په اوږدو پرې کړئ.
print-clinic = ستاسو د کلینیک کرښه (اختیاري)
print-button = چاپ کړئ

warrant-title = وارنټ وګورئ
warrant-intro = د کاغذ په اړه څو پوښتنو ته ځواب ورکړئ. تر هغه چې دا کار کوئ، دروازه تړلې وساتئ.
warrant-start-over = بیا پیل کړئ
warrant-tone-stop = دروازه تړلې وساتئ
warrant-tone-caution = پام کوئ
warrant-tone-enter = دوی کولی شي دننه راشي
warrant-picture-compare = کیڼ اړخ: د قاضي په وارنټ کې په سر کې د یوې محکمې نوم وي. ښي اړخ: د { -ice } په فورمه کې { -dhs } مهر وي.
warrant-picture-signature = کیڼ اړخ: قاضي قضايي وارنټ لاسلیکوي. ښي اړخ: د مهاجرت یو افسر د { -ice } وارنټ لاسلیکوي.

language-title = خپله ژبه وټاکئ
language-machine = د ماشین په مرسته ژباړل شوی
notice-machine-assisted = دا ژباړه د ماشین په مرسته شوې ده. تر اوسه کوم انسان نه ده کتلې. جملې انګلیسي متن هم ښيي.

section-first = لومړی دا وکړئ
section-do = وکړئ
section-dont = مه کوئ
section-say = څه ووایئ
section-why = ولې: قانون
section-unsettled = چېرې چې قانون روښانه نه دی
section-lawyer = وکیل پیدا کړئ

phrase-english-label = په انګلیسي:
guide-reviewed-by = دا لارښود د { $date } په نېټه د { $by } لخوا له خپلو سرچینو سره پرتله شوی دی.
guide-not-lawyer-reviewed = تر اوسه کوم وکیل دا لارښود نه دی کتلی.
guide-lawyer-reviewed = د یو وکیل ({ $by }) لخوا د { $date } په نېټه کتل شوی دی.
guide-stale = دا لارښود وروستی ځل د { $date } په نېټه کتل شوی و، چې له یو کال څخه ډېر وخت مخکې دی. کېدای شي قانون بدل شوی وي.
guide-sources = د دې لارښود سرچینې
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } سرچینه
   *[other] { $count } سرچینې
}
guide-terms = مهمې کلمې:
citation-sources = سرچینې
citation-read-on = د { $date } په نېټه لوستل شوی
citation-kind-constitution = اساسي قانون
citation-kind-statute = قانون
citation-kind-regulation = مقرره
citation-kind-court = د محکمې پرېکړه
citation-kind-agency = دولتي اداره
citation-kind-organization = حقوقي سازمان
citation-kind-news = خبري راپور

error-storage = اپلیکیشن ونه شو کولی خپل معلومات ولولي. ستاسو خوندي شوي معلومات بدل نه شول.
error-content = د اپلیکیشن په منځپانګه کې ستونزه ده. مهرباني وکړئ اپلیکیشن تازه کړئ.
error-unknown-guide = دا لارښود په اپلیکیشن کې نشته.
error-unknown-locale = دا ژبه په اپلیکیشن کې نشته.
error-unknown-state = دا ایالت په اپلیکیشن کې نشته.
notice-user-db-unreadable = ستاسو خوندي شوي تنظیمات ونه لوستل شول. فایل لکه څنګه چې و، هماغسې وساتل شو. اپلیکیشن اوس مهال اصلي (ډیفالټ) تنظیمات کاروي.
date-format = { $day } { $month } { $year }
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپرېل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## Search
search-label = لټون
search-hint = دروازه، وکیل…
search-clear = لټون پاک کړئ
search-none = هېڅ شی ونه موندل شو. یوه لنډه کلمه وازمویئ، یا له لومړي مخ څخه یوه موضوع وټاکئ.
search-count = { $count ->
    [one] یوه پایله
   *[other] { $count } پایلې
}
search-in-english = په انګلیسي
search-kind-guide = لارښود
search-kind-card = د ښودلو کارت
search-kind-term = مهمه کلمه
search-kind-state = د ایالت قانون
