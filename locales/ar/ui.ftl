# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = العربية
app-title = اعرف حقوقك
loading = جار التحميل…

home-urgent = هل أوقفوك الآن؟
home-urgent-hint = الخطوات الأولى، بسرعة
home-scenarios = ماذا يحدث؟
home-short-door = عند بابي
home-short-car = في السيارة
home-short-street = في الشارع
home-short-arrest = قيد الاحتجاز
home-warrant = تحقق من مذكرة الاعتقال أو التفتيش
home-warrant-hint = ورقة عند بابك؟ تحقق منها خطوة بخطوة.
home-more = المزيد
home-cards = اعرض بطاقة على الضابط
home-cards-hint = نص إنجليزي كبير، وتحته لغتك.
disclaimer = معلومات قانونية، وليست استشارة قانونية.

nav-back = رجوع
nav-language = اللغة
nav-home = الرئيسية
nav-glossary = كلمات مهمة
nav-settings = الإعدادات

glossary-title = كلمات مهمة
settings-title = الإعدادات
settings-state = ولايتك
settings-state-hint = تعرض بعض الأدلة قواعد ولايتك. يبقى اختيارك على هذا الهاتف.
settings-state-none = غير محددة
state-picker-title = اختر ولايتك
state-note-heading = ولايتك: { $state }
state-note-choose = اختر ولايتك لترى قاعدتها بشأن ذكر اسمك.
state-note-change = تغيير الولاية

cards-title = بطاقات لعرضها على الضابط
cards-for-agent = للضابط:
cards-next = البطاقة التالية
cards-previous = البطاقة السابقة
cards-close = إغلاق
guide-show-card = اعرض البطاقة
nav-print = طباعة البطاقات
print-title = طباعة بطاقات الجيب
print-hint = للعيادات: اطبع على وجهي الورقة مع القلب من الحافة الطويلة، ثم قص على الخطوط الرمادية.
print-clinic = سطر عيادتك (اختياري)
print-button = اطبع

warrant-title = تحقق من مذكرة الاعتقال أو التفتيش
warrant-intro = أجب عن بعض الأسئلة عن الورقة. أبق الباب مغلقا وأنت تفعل ذلك.
warrant-start-over = ابدأ من جديد
warrant-tone-stop = أبق الباب مغلقا
warrant-tone-caution = كن حذرا
warrant-tone-enter = يجوز لهم الدخول
warrant-picture-compare = على اليسار: الأمر القضائي الصادر عن قاض في أعلاه اسم محكمة. على اليمين: نموذج { -ice } عليه ختم { -dhs }.
warrant-picture-signature = على اليسار: يوقع القاضي الأمر القضائي. على اليمين: يوقع ضابط هجرة مذكرة الاعتقال الصادرة عن { -ice }.

language-title = اختر لغتك
language-machine = مترجم بمساعدة الآلة
notice-machine-assisted = هذه الترجمة تمت بمساعدة الآلة. لم يراجعها شخص بعد. تعرض العبارات النص الإنجليزي أيضا.

section-first = افعل هذا أولا
section-do = افعل
section-dont = لا تفعل
section-say = ماذا تقول
section-why = السبب: القانون
section-unsettled = حيث لا يكون القانون واضحا
section-lawyer = احصل على محام

phrase-english-label = بالإنجليزية:
guide-reviewed-by = تحقق { $by } من هذا الدليل بمقارنته بمصادره بتاريخ { $date }.
guide-not-lawyer-reviewed = لم يراجع محام هذا الدليل بعد.
guide-lawyer-reviewed = راجعه محام ({ $by }) بتاريخ { $date }.
guide-stale = آخر تحقق من هذا الدليل كان بتاريخ { $date }، أي قبل أكثر من سنة. ربما تغير القانون.
guide-sources = مصادر هذا الدليل
guide-sources-count = { $count ->
    [zero] لا توجد مصادر
    [one] مصدر واحد
    [two] مصدران
    [few] { $count } مصادر
    [many] { $count } مصدرا
   *[other] { $count } مصدر
}
guide-terms = كلمات مهمة:
citation-sources = المصادر
citation-read-on = تاريخ الاطلاع: { $date }
citation-kind-constitution = الدستور
citation-kind-statute = قانون
citation-kind-regulation = لائحة
citation-kind-court = حكم قضائي
citation-kind-agency = جهة حكومية
citation-kind-organization = منظمة قانونية
citation-kind-news = تقرير إخباري

error-storage = لم يتمكن التطبيق من قراءة بياناته. لم تتغير بياناتك المحفوظة.
error-content = في محتوى التطبيق مشكلة. يرجى تحديث التطبيق.
error-unknown-guide = هذا الدليل غير موجود في التطبيق.
error-unknown-locale = هذه اللغة غير موجودة في التطبيق.
error-unknown-state = هذه الولاية غير موجودة في التطبيق.
notice-user-db-unreadable = تعذرت قراءة إعداداتك المحفوظة. بقي الملف كما هو. يستخدم التطبيق الإعدادات الافتراضية حاليا.
date-format = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Search
search-label = بحث
search-hint = باب، محامي…
search-clear = امسح البحث
search-none = لم نجد شيئا. جرب كلمة أقصر، أو اختر موضوعا من الصفحة الرئيسية.
search-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-in-english = بالإنجليزية
search-kind-guide = دليل
search-kind-card = بطاقة للعرض
search-kind-term = كلمة مهمة
search-kind-state = قانون الولاية
