# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = إخفاء
quick-exit-label = أخف هذه الشاشة الآن
neutral-title = ملاحظات
neutral-placeholder = اكتب ملاحظة. لا يتم حفظها.
neutral-new = ملاحظة جديدة
neutral-all = كل الملاحظات
neutral-note-1-title = مشتريات
neutral-note-1-body = أرز، عدس، بيض، حليب، خبز، بصل، صابون.
neutral-note-2-title = شوربة عدس
neutral-note-2-body = عدس، طماطم، بصل، ثوم، ملح. تطبخ لمدة ساعة.
neutral-note-3-title = هذا الأسبوع
neutral-note-3-body = دفع فاتورة الهاتف. تنظيف المطبخ. تصليح الدراجة.
hide-tip-title = كيف يعمل زر "إخفاء"
hide-tip-text = اضغط "إخفاء" فيعرض kyr فورا صفحة ملاحظات عادية. لا يظهر فيها أي شيء من kyr. للعودة، أغلق kyr ثم افتحه من جديد.
hide-tip-ok = فهمت

## Privacy
privacy-title = خصوصيتك
privacy-text = هذا التطبيق لا يرسل أي شيء ولا يحتاج إلى الإنترنت. يحفظ فقط إعداداتك، وجهات الاتصال التي تحفظها، وخطة الطوارئ إن أنشأتها. خطتك مقفلة برمزك السري. يمكنك مسح كل شيء من الإعدادات.

## The emergency plan (locked)
home-plan = خطتي للطوارئ
home-plan-hint = جهات الاتصال، رقم A (A-number)، خطة العائلة. مقفلة برمز سري.
vault-title = خطتي للطوارئ
vault-intro = احفظ هنا جهات الاتصال للطوارئ وخطة عائلتك. هي مقفلة برمز سري وتبقى على هذا الهاتف فقط.
vault-pin-label = الرمز السري أو عبارة المرور
vault-pin-again = اكتبه مرة أخرى
vault-pin-hint = استخدم 6 أرقام أو حروف على الأقل. عبارة المرور الأطول أكثر أمانا.
vault-create = أقفل خطتي بهذا الرمز السري
vault-unlock = افتح
vault-lock = أقفل الآن
vault-locked-note = تقفل الخطة وحدها عندما تخرج من التطبيق، وبعد 5 دقائق.
vault-pin-mismatch = الرمزان مختلفان.
vault-pin-short = استخدم 6 أرقام أو حروف على الأقل.
vault-wrong-pin = الرمز السري خطأ.
# CLDR ar: zero, one, two, few (3-10), many (11-99), other.
vault-wait = { $seconds ->
    [zero] حاول مرة أخرى الآن.
    [one] انتظر ثانية واحدة، ثم حاول مرة أخرى.
    [two] انتظر ثانيتين، ثم حاول مرة أخرى.
    [few] انتظر { $seconds } ثوان، ثم حاول مرة أخرى.
    [many] انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
   *[other] انتظر { $seconds } ثانية، ثم حاول مرة أخرى.
}
vault-unreadable = لا يمكن قراءة خطتك للطوارئ. ربما يكون الملف تالفا. لم يتم حذفه. يمكنك الاحتفاظ به، أو مسحه والبدء من جديد.
vault-erase-damaged = امسح الخطة التالفة
vault-opening = جار الفتح…
vault-save = احفظ وأقفل
vault-saved = تم الحفظ. خطتك مقفلة.
vault-name-label = اسمك
vault-a-number-label = رقم A (A-number) الخاص بك، إن كان لديك
vault-contacts-heading = جهات الاتصال للطوارئ
vault-contact-name = الاسم
vault-contact-phone = رقم الهاتف
vault-add-contact = أضف جهة اتصال
vault-remove-contact = احذف
vault-plan-heading = خطة العائلة
vault-children-label = من سيأخذ الأطفال
vault-documents-label = أين توجد الأوراق المهمة
vault-lawyer-name-label = اسم المحامي
vault-lawyer-phone-label = رقم هاتف المحامي
vault-notes-label = ملاحظات أخرى
vault-phone-invalid = رقم الهاتف هذا لا يبدو صحيحا: { $phone }
vault-too-long = هذا طويل جدا. من فضلك اجعله أقصر.
vault-print = اطبع خطة العائلة
vault-print-title = خطة الطوارئ للعائلة
vault-print-note = احتفظ بهذه الورقة في البيت، في مكان تجدها فيه عائلتك.

## "I've been detained" message
detained-button = تم احتجازي: أرسل رسالة
detained-title = أرسل رسالة لطلب المساعدة
detained-explain = يفتح هذا الرسائل النصية في هاتفك مع رسالة جاهزة. أنت تختار أن ترسلها. هذا التطبيق لا يرسل أي شيء.
detained-place-label = إلى أين يأخذونك؟ (إن كنت تعرف)
detained-to = إلى
detained-send = افتح رسائلي النصية
detained-no-contacts = أضف أولا جهة اتصال للطوارئ إلى خطتك.
detained-msg-intro = أنا { $name }. احتجزتني سلطات الهجرة.
detained-msg-a-number = رقم A (A-number) الخاص بي هو { $anumber }.
detained-msg-lawyer = من فضلكم اتصلوا بمحاميّ { $lawyer } على الرقم { $phone }.
detained-msg-no-lawyer = من فضلكم ساعدوني في إيجاد محام.
detained-msg-place = سيأخذونني إلى: { $place }

## Second PIN for danger
duress-title = رمز سري ثان للخطر (يمكنك تخطي هذا)
duress-explain = إذا أجبرك شخص ليس ضابطا، مثل شخص يعنفك، على فتح خطتك، فاكتب هذا الرمز الثاني بدلا من رمزك. سيفتح خطة فارغة. لا يستطيع أحد أن يعرف أن هناك رمزا ثانيا.
officials-no-hiding = لا تستخدم رمزا سريا ثانيا، ولا تمسح خطتك، بعد أن تطلب الشرطة أو ضباط الهجرة الاطلاع على هاتفك أو على هذا التطبيق. فإخفاء المعلومات أو حذفها في ذلك الوقت يمكن أن يكون جريمة. قل: "لا أوافق على التفتيش"، واطلب محاميا.
duress-pin-label = الرمز السري الثاني
duress-wipe-label = امسح أيضا خطتي الحقيقية عند استخدام الرمز الثاني
duress-wipe-warning = إذا اخترت هذا، تختفي خطتك الحقيقية إلى الأبد عند استخدام الرمز الثاني. لا يمكن استرجاعها.
duress-set = اضبط الرمز السري الثاني
duress-confirm = فهمت. اضبط الرمز السري الثاني.
duress-same = يجب أن يكون الرمز الثاني مختلفا عن رمزك السري.
duress-done = تم ضبط الرمز السري الثاني.

## Erase everything
wipe-title = امسح كل شيء
wipe-explain = هذا يمسح من هذا الهاتف خطة الطوارئ، وجهات الاتصال المحفوظة، وجهات الاتصال المضافة من ملفات، وحزم العيادات، وإعداداتك. تبقى الأدلة. لا يمكن التراجع عن هذا.
wipe-button = امسح كل شيء
wipe-confirm = نعم، امسح كل شيء الآن
wipe-cancel = إلغاء
wipe-done = تم مسح كل ما حفظته.

## Errors
error-vault-locked = خطتك مقفلة. افتحها برمزك السري.
error-vault-exists = لديك خطة بالفعل. افتحها برمزك السري.
error-vault-unreadable = لا يمكن قراءة خطتك للطوارئ. لم يتم حذفها.
