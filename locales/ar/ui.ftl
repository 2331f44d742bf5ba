# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = العربية
app-title = اعرف حقوقك
loading = جار التحميل…

home-urgent = هل أوقفوك الآن؟
home-urgent-hint = الخطوات الأولى، بسرعة
home-scenarios = ماذا يحدث؟
disclaimer = معلومات قانونية، وليست استشارة قانونية.

nav-back = رجوع
nav-language = اللغة
nav-home = الرئيسية

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
guide-last-reviewed = آخر مراجعة: { $date }
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
notice-user-db-unreadable = تعذرت قراءة إعداداتك المحفوظة. بقي الملف كما هو. يستخدم التطبيق الإعدادات الافتراضية حاليا.
