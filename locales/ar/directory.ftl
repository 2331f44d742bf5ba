# The legal aid directory: find help by ZIP code, state, language and service.

home-directory = ابحث عن مساعدة قانونية
home-directory-hint = محامون وخطوط ساخنة قريبة منك، دون إنترنت.
directory-title = ابحث عن مساعدة قانونية
directory-hint = ابحث بالرمز البريدي أو بالولاية. يعمل دون إنترنت.
directory-zip = الرمز البريدي
directory-state = الولاية
directory-state-any = أي ولاية
directory-language = اللغة التي يتحدثونها
directory-language-any = أي لغة
directory-service = المساعدة في
directory-service-any = أي نوع من المساعدة
directory-search = ابحث
directory-local = مساعدة في ولايتك
directory-national = خطوط وطنية
directory-none = لا توجد مساعدة مدرجة تطابق بحثك. جرب دون تصفية، أو اتصل بخط وطني.
directory-unknown-zip = لا نعرف هذا الرمز البريدي. تحقق من الأرقام الخمسة، أو اختر ولايتك.
directory-read-on = تمت قراءة المصدر في { $date }
directory-read-on-year = تمت قراءة المصدر في { $date } (صفحة من عام { $year })
directory-one-source = مصدر واحد فقط
directory-old = مضى عليها أكثر من سنة: تحقق منها قبل أن تعتمد عليها.
directory-not-confirmed = لم يتم تأكيدها مؤخرا
directory-distance = { $miles ->
    [one] على بعد ميل واحد
    [two] على بعد ميلين
    [few] على بعد { $miles } أميال
    [many] على بعد { $miles } ميلًا
   *[other] على بعد { $miles } ميل
}
directory-source = المصدر
directory-source-host = المصدر: { $host }
directory-serves = المنطقة التي يخدمها: { $area }
directory-reported-outdated = بلاغ من { $clinic }: هذه المعلومات قديمة
directory-signup-text = أرسل { $word } في رسالة نصية إلى { $number }
directory-signup-text-only = أرسل رسالة نصية إلى { $number }
directory-signup-page = صفحة التسجيل
directory-signup-hint = هذا التطبيق لا يرسل تنبيهات. بهذا تنضم إلى مجموعة محلية تتحقق من البلاغات قبل أن تنبّه الناس.
directory-call = اتصل
directory-text = رسالة نصية
directory-email = بريد إلكتروني
directory-website = الموقع الإلكتروني
directory-copy = انسخ الرقم
directory-more = المزيد
directory-copied = تم نسخ الرقم
directory-save = احفظ
directory-saved = محفوظ
directory-my-contacts = جهات اتصالي
directory-my-contacts-empty = لم تحفظ أي جهة اتصال بعد.
directory-leaving = سيفتح هذا متصفح الإنترنت ويخرجك من التطبيق الذي يعمل دون إنترنت. هل تريد المتابعة؟
directory-credit = بيانات الرمز البريدي © GeoNames, CC BY 4.0

import-title = أضف جهات اتصال عيادة
import-hint = اختر ملف CSV بتنسيق دليل جهات الاتصال. إذا كانت في أي سطر مشكلة، فلن يضاف شيء.
import-choose = اختر ملف CSV
import-done = جهات الاتصال المضافة: { $count }
directory-imported = أضيفت من ملف
import-from = أضيفت من ملف بتاريخ { $date }
import-remove = احذف جهات الاتصال المضافة من هذا الملف
import-removed = جهات الاتصال المحذوفة: { $count }
import-failed = لم يضف الملف. لم يتغير شيء. صحح هذه الأسطر وحاول مرة أخرى:
import-error-too-large = الملف كبير جدا.
import-error-encoding = السطر { $line }: الملف ليس نصا بترميز UTF-8. احفظه بصيغة «CSV UTF-8».
import-error-malformed = السطر { $line }: لا يمكن قراءة هذا السطر.
import-error-missing-column = عمود ناقص: { $field }.
import-error-too-many-rows = في الملف أسطر كثيرة جدا.
import-error-required = السطر { $line }: { $field } مطلوب.
import-error-bad-value = السطر { $line }: في { $field } قيمة غير مسموح بها.
import-error-bad-phone = السطر { $line }: { $field } ليس رقم هاتف أمريكيا مع رمز المنطقة.
import-error-bad-url = السطر { $line }: يجب أن يبدأ { $field } بـ https://.
import-error-bad-state = السطر { $line }: { $field } ليس رمز ولاية أمريكية.
import-error-bad-date = السطر { $line }: { $field } ليس تاريخا مكتوبا بصيغة YYYY-MM-DD.
import-error-bad-zip = السطر { $line }: { $field } ليس رمزا بريديا معروفا.
import-error-duplicate = السطر { $line }: جهة الاتصال هذه موجودة في الملف من قبل.

contact-kind-directory = دليل
contact-kind-government = خط حكومي
contact-kind-hotline = خط ساخن
contact-kind-legal_aid = مساعدة قانونية
contact-kind-consulate_lookup = مساعدة القنصليات
contact-kind-alert_signup = التسجيل في التنبيهات

service-deportation_defense = الدفاع ضد الترحيل
service-detention = الاحتجاز
service-legal_referral = إحالات قانونية
service-accredited_representatives = ممثلون معتمدون
service-lawyer_search = ابحث عن محام
service-daca = DACA
service-find_detained_person = ابحث عن شخص محتجز
service-case_status = حالة القضية في المحكمة
service-family_separation = العائلات المفرقة
service-know_your_rights = اعرف حقوقك
service-rapid_response = خط ساخن للاستجابة السريعة
service-consular_protection = مساعدة قنصلية
service-asylum = اللجوء
service-family = العائلة
service-workers_rights = حقوق العمال
