# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = حزم العيادات
packs-intro = يمكن أن تعطيك عيادة حزمة: ملف فيه جهات اتصالها وملاحظات محلية وتحديثات. يتحقق التطبيق ممن صنعها قبل أن يستخدمها. لا يتم إرسال أي شيء.
packs-install = ثبّت حزمة من ملف
packs-none = لا توجد حزمة مثبتة.
pack-version = الإصدار { $version }، أنشئ بتاريخ { $date }
pack-from = من { $publisher }
pack-key = رمز المفتاح: { $key }
pack-restore = ارجع إلى الإصدار السابق
pack-remove = احذف هذه الحزمة
pack-installed = تم تثبيت الحزمة.
pack-restored = تم. عادت الحزمة كما كانت من قبل.

## Before installing
pack-review-title = هل تثق بهذه العيادة؟
pack-review-new = هذه أول حزمة من هذه العيادة. قبل أن تثبتها، اسأل العيادة عن اسمها ورمز المفتاح، وتأكد أنهما نفس ما تراه هنا.
pack-review-known = هذه الحزمة من عيادة تثق بها بالفعل.
pack-adds-title = ما تضيفه هذه الحزمة
pack-adds-contacts = جهات اتصال تضاف إلى الدليل
pack-adds-outdated = بلاغات عن جهات اتصال قديمة في الدليل
pack-adds-profile = اسم العيادة وموقعها الإلكتروني وسطرها في البطاقات المطبوعة
pack-adds-guides = أدلة خاصة بها: { $titles }
pack-adds-languages = بهذه اللغات: { $languages }
pack-adds-official = تحديث رسمي يغيّر نص التطبيق نفسه: { $files }
pack-review-install = ثق بالعيادة وثبّت الحزمة
pack-review-update = ثبّت التحديث
pack-review-cancel = إلغاء

## Where pack content shows
pack-guide-from = يتضمن هذا الدليل تغييرات من { $publisher }.
home-clinic = عيادتك
clinic-call = اتصل

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = هذه الحزمة كبيرة جدا. لم يتغير شيء.
pack-error-not-a-pack = هذا الملف ليس حزمة kyr، أو أنه غير كامل. لم يتغير شيء.
pack-error-signature = تم تغيير هذه الحزمة أو تلفت بعد إنشائها. لم يتغير شيء.
pack-error-malformed = هذه الحزمة لم تصنع بشكل صحيح. لم يتغير شيء.
pack-error-not-official = هذه الحزمة تستخدم اسم التطبيق نفسه، لكنها ليست من صانعي التطبيق. لم يتغير شيء.
pack-error-other-key = هذه الحزمة تستخدم اسم عيادة تثق بها، لكن مفتاحها مختلف. ربما ليست من هذه العيادة. لم يتغير شيء.
pack-error-not-newer = لديك بالفعل الإصدار { $installed } من هذه الحزمة. هذا الملف هو الإصدار { $offered }. لم يتغير شيء.
pack-error-built-in = تحاول هذه الحزمة تغيير كلمات التطبيق نفسه، مثل ما تقوله للضابط. لا يحق ذلك إلا لتحديثات kyr الرسمية. لم يتغير شيء.
pack-error-content = في هذه الحزمة خطأ، لذلك لم يتغير شيء. في { $file }، السطر { $line }: { $problem }
pack-error-io = تعذر حفظ الحزمة. لم يتغير شيء.
pack-broken = تعذرت قراءة حزمة مثبتة. يستخدم التطبيق محتواه الأصلي حاليا.
