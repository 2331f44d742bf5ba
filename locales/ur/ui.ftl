# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = اردو
app-title = اپنے حقوق جانیں
loading = لوڈ ہو رہا ہے…

home-urgent = کیا ابھی آپ کو روکا گیا ہے؟
home-urgent-hint = پہلے قدم، جلدی سے
home-scenarios = کیا ہو رہا ہے؟
home-short-door = میرے دروازے پر
home-short-car = گاڑی میں
home-short-street = سڑک پر
home-short-arrest = حراست میں
home-warrant = وارنٹ چیک کریں
home-warrant-hint = دروازے پر کوئی کاغذ ہے؟ اسے قدم بہ قدم چیک کریں۔
home-more = مزید
home-cards = اہلکار کو کارڈ دکھائیں
home-cards-hint = بڑے حروف میں انگریزی، اور نیچے آپ کی زبان۔
disclaimer = قانونی معلومات، قانونی مشورہ نہیں۔

nav-back = واپس
nav-language = زبان
nav-home = ہوم
nav-glossary = ضروری الفاظ
nav-settings = ترتیبات

glossary-title = ضروری الفاظ
settings-title = ترتیبات
settings-state = آپ کی ریاست
settings-state-hint = کچھ گائیڈ آپ کی ریاست کے قواعد دکھاتے ہیں۔ آپ کا انتخاب اسی فون پر رہتا ہے۔
settings-state-none = کوئی انتخاب نہیں
state-picker-title = اپنی ریاست منتخب کریں
state-note-heading = آپ کی ریاست: { $state }
state-note-choose = نام بتانے کے بارے میں اپنی ریاست کا قاعدہ دیکھنے کے لیے اپنی ریاست منتخب کریں۔
state-note-change = ریاست بدلیں

cards-title = اہلکار کو دکھانے کے کارڈ
cards-for-agent = افسر کے لیے:
cards-next = اگلا کارڈ
cards-previous = پچھلا کارڈ
cards-close = بند کریں
guide-show-card = کارڈ دکھائیں
nav-print = کارڈ پرنٹ کریں
print-title = جیبی کارڈ پرنٹ کریں
print-hint = کلینکس کے لیے: کاغذ کے دونوں طرف پرنٹ کریں، لمبے کنارے سے پلٹ کر، پھر سرمئی لکیروں پر کاٹیں۔
print-clinic = آپ کے کلینک کی سطر (اختیاری)
print-button = پرنٹ کریں

warrant-title = وارنٹ چیک کریں
warrant-intro = کاغذ کے بارے میں چند سوالوں کے جواب دیں۔ یہ کرتے وقت دروازہ بند رکھیں۔
warrant-start-over = دوبارہ شروع کریں
warrant-tone-stop = دروازہ بند رکھیں
warrant-tone-caution = محتاط رہیں
warrant-tone-enter = وہ اندر آ سکتے ہیں
warrant-picture-compare = بائیں: جج کے وارنٹ کے اوپر کسی عدالت کا نام ہوتا ہے۔ دائیں: { -ice } کے فارم پر { -dhs } کی مہر ہوتی ہے۔
warrant-picture-signature = بائیں: عدالتی وارنٹ پر جج دستخط کرتا ہے۔ دائیں: { -ice } کے وارنٹ پر امیگریشن افسر دستخط کرتا ہے۔

language-title = اپنی زبان منتخب کریں
language-machine = مشین کی مدد سے ترجمہ کیا گیا
notice-machine-assisted = یہ ترجمہ مشین کی مدد سے کیا گیا ہے۔ کسی انسان نے ابھی تک اسے چیک نہیں کیا۔ بولنے والے جملوں کے ساتھ انگریزی بھی دکھائی جاتی ہے۔

section-first = پہلے یہ کریں
section-do = کریں
section-dont = نہ کریں
section-say = کیا کہیں
section-why = کیوں: قانون
section-unsettled = جہاں قانون واضح نہیں
section-lawyer = وکیل حاصل کریں

phrase-english-label = انگریزی میں:
guide-reviewed-by = { $by } نے { $date } کو اسے اس کے ذرائع سے ملا کر چیک کیا۔
guide-not-lawyer-reviewed = کسی وکیل نے ابھی تک اس گائیڈ کا جائزہ نہیں لیا۔
guide-lawyer-reviewed = ایک وکیل ({ $by }) نے { $date } کو اس کا جائزہ لیا۔
guide-stale = اس گائیڈ کو آخری بار { $date } کو چیک کیا گیا تھا، یعنی ایک سال سے زیادہ پہلے۔ ہو سکتا ہے قانون بدل گیا ہو۔
guide-sources = اس گائیڈ کے ذرائع
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } ذریعہ
   *[other] { $count } ذرائع
}
guide-terms = ضروری الفاظ:
citation-sources = ذرائع
citation-read-on = { $date } کو پڑھا گیا
citation-kind-constitution = آئین
citation-kind-statute = قانون
citation-kind-regulation = ضابطہ
citation-kind-court = عدالتی فیصلہ
citation-kind-agency = سرکاری ادارہ
citation-kind-organization = قانونی تنظیم
citation-kind-news = خبر

error-storage = ایپ اپنا ڈیٹا نہیں پڑھ سکی۔ آپ کا محفوظ کیا ہوا ڈیٹا تبدیل نہیں ہوا۔
error-content = ایپ کے مواد میں کوئی مسئلہ ہے۔ براہ کرم ایپ کو اپ ڈیٹ کریں۔
error-unknown-guide = یہ گائیڈ ایپ میں نہیں ہے۔
error-unknown-locale = یہ زبان ایپ میں نہیں ہے۔
error-unknown-state = یہ ریاست ایپ میں نہیں ہے۔
notice-user-db-unreadable = آپ کی محفوظ کی ہوئی ترتیبات پڑھی نہیں جا سکیں۔ فائل کو جیسی تھی ویسی ہی رکھا گیا ہے۔ فی الحال ایپ ڈیفالٹ ترتیبات استعمال کر رہی ہے۔
date-format = { $day } { $month } { $year }
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## Search
search-label = تلاش
search-hint = دروازہ، وکیل…
search-clear = تلاش صاف کریں
search-none = کچھ نہیں ملا۔ کوئی چھوٹا لفظ آزمائیں، یا ہوم اسکرین سے کوئی موضوع چنیں۔
search-count = { $count ->
    [one] ایک نتیجہ
   *[other] { $count } نتائج
}
search-in-english = انگریزی میں
search-kind-guide = گائیڈ
search-kind-card = دکھانے کا کارڈ
search-kind-term = ضروری لفظ
search-kind-state = ریاستی قانون
