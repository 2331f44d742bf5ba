# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = پنهان کردن
quick-exit-label = همین حالا این صفحه را پنهان کنید
neutral-title = یادداشت‌ها
neutral-placeholder = یک یادداشت بنویسید. ذخیره نمی‌شود.
neutral-new = یادداشت جدید
neutral-all = همه یادداشت‌ها
neutral-note-1-title = خرید
neutral-note-1-body = برنج، لوبیا، تخم‌مرغ، شیر، نان، پیاز، صابون.
neutral-note-2-title = سوپ لوبیا
neutral-note-2-body = لوبیا، گوجه‌فرنگی، پیاز، سیر، نمک. یک ساعت بپزد.
neutral-note-3-title = این هفته
neutral-note-3-body = پرداخت قبض تلفن. تمیز کردن آشپزخانه. تعمیر دوچرخه.
hide-tip-title = دکمه «پنهان کردن» چطور کار می‌کند
hide-tip-text = روی «پنهان کردن» بزنید تا kyr فوراً یک صفحه یادداشت ساده نشان دهد. هیچ چیزی از kyr در آن نیست. برای برگشتن، kyr را ببندید و دوباره باز کنید.
hide-tip-ok = متوجه شدم

## Privacy
privacy-title = حریم خصوصی شما
privacy-text = این برنامه هیچ چیزی نمی‌فرستد و به اینترنت نیاز ندارد. فقط این‌ها را نگه می‌دارد: تنظیمات شما، مخاطبانی که ذخیره می‌کنید، و برنامه اضطراری‌تان اگر آن را بسازید. برنامه اضطراری شما با رمزتان قفل است. می‌توانید همه چیز را در تنظیمات پاک کنید.

## The emergency plan (locked)
home-plan = برنامه اضطراری من
home-plan-hint = مخاطبان، شماره A (A-number)، برنامه خانوادگی. با رمز قفل شده.
vault-title = برنامه اضطراری من
vault-intro = مخاطبان اضطراری و برنامه خانوادگی‌تان را اینجا نگه دارید. این‌ها با رمز قفل شده‌اند و فقط روی همین گوشی می‌مانند.
vault-pin-label = رمز یا عبارت عبور
vault-pin-again = دوباره آن را بنویسید
vault-pin-hint = دست‌کم 6 عدد یا حرف بنویسید. عبارت عبور بلندتر امن‌تر است.
vault-create = قفل کردن برنامه با این رمز
vault-unlock = باز کردن
vault-lock = همین حالا قفل کن
vault-locked-note = وقتی از برنامه بیرون بروید، خودش قفل می‌شود. بعد از 5 دقیقه هم قفل می‌شود.
vault-pin-mismatch = این دو رمز یکی نیستند.
vault-pin-short = دست‌کم 6 عدد یا حرف بنویسید.
vault-wrong-pin = رمز اشتباه است.
# CLDR fa: one (0 and 1), other. The noun stays singular after a number.
vault-wait = { $seconds ->
    [one] { $seconds } ثانیه صبر کنید، بعد دوباره امتحان کنید.
   *[other] { $seconds } ثانیه صبر کنید، بعد دوباره امتحان کنید.
}
vault-unreadable = برنامه اضطراری شما خوانده نمی‌شود. شاید فایل آسیب دیده باشد. پاک نشده است. می‌توانید آن را نگه دارید، یا پاکش کنید و از نو شروع کنید.
vault-erase-damaged = پاک کردن برنامه آسیب‌دیده
vault-opening = در حال باز شدن…
vault-save = ذخیره و قفل
vault-saved = ذخیره شد. برنامه شما قفل است.
vault-name-label = نام شما
vault-a-number-label = شماره A (A-number) شما، اگر دارید
vault-contacts-heading = مخاطبان اضطراری
vault-contact-name = نام
vault-contact-phone = شماره تلفن
vault-add-contact = افزودن مخاطب
vault-remove-contact = حذف
vault-plan-heading = برنامه خانوادگی
vault-children-label = چه کسی دنبال بچه‌ها می‌رود
vault-documents-label = مدارک مهم کجا هستند
vault-lawyer-name-label = نام وکیل
vault-lawyer-phone-label = شماره تلفن وکیل
vault-notes-label = یادداشت‌های دیگر
vault-phone-invalid = این شماره تلفن درست به نظر نمی‌رسد: { $phone }
vault-too-long = این خیلی طولانی است. لطفاً کوتاه‌ترش کنید.
vault-print = چاپ برنامه خانوادگی
vault-print-title = برنامه اضطراری خانواده
vault-print-note = این برگه را در خانه نگه دارید، جایی که خانواده‌تان بتواند آن را پیدا کند.

## "I've been detained" message
detained-button = بازداشت شده‌ام: فرستادن پیام
detained-title = برای کمک پیام بفرستید
detained-explain = با این کار، پیامک‌های گوشی شما با یک پیام آماده باز می‌شود. خودتان تصمیم می‌گیرید آن را بفرستید یا نه. این برنامه هیچ چیزی نمی‌فرستد.
detained-place-label = شما را کجا می‌برند؟ (اگر می‌دانید)
detained-to = گیرنده
detained-send = باز کردن پیامک‌ها
detained-no-contacts = اول یک مخاطب اضطراری به برنامه‌تان اضافه کنید.
detained-msg-intro = { $name } هستم. مأموران اداره مهاجرت بازداشتم کرده‌اند.
detained-msg-a-number = شماره A (A-number) من: { $anumber }
detained-msg-lawyer = لطفاً به وکیلم، { $lawyer }، به شماره { $phone } زنگ بزنید.
detained-msg-no-lawyer = لطفاً کمکم کنید یک وکیل پیدا کنم.
detained-msg-place = دارند مرا می‌برند به: { $place }

## Second PIN for danger
duress-title = رمز دوم برای خطر (می‌توانید این را رد کنید)
duress-explain = اگر کسی که مأمور نیست، مثل فردی که شما را آزار می‌دهد، شما را مجبور کرد برنامه‌تان را باز کنید، به جای رمز اصلی این رمز دوم را بزنید. یک برنامه خالی باز می‌شود. هیچ کس نمی‌تواند ببیند که رمز دومی وجود دارد.
officials-no-hiding = بعد از اینکه پلیس یا مأموران اداره مهاجرت خواستند گوشی شما یا این برنامه را ببینند، از رمز دوم استفاده نکنید و برنامه‌تان را پاک نکنید. پنهان کردن یا پاک کردن اطلاعات در آن زمان می‌تواند جرم باشد. بگویید: «من به بازرسی رضایت نمی‌دهم.» و وکیل بخواهید.
duress-pin-label = رمز دوم
duress-wipe-label = وقتی رمز دوم زده شد، برنامه واقعی‌ام هم پاک شود
duress-wipe-warning = اگر این را انتخاب کنید، وقتی رمز دوم زده شود، برنامه واقعی شما برای همیشه از بین می‌رود. دیگر نمی‌شود آن را برگرداند.
duress-set = تنظیم رمز دوم
duress-confirm = متوجه شدم. رمز دوم را تنظیم کن.
duress-same = رمز دوم باید با رمز شما فرق داشته باشد.
duress-done = رمز دوم تنظیم شد.

## Erase everything
wipe-title = پاک کردن همه چیز
wipe-explain = این کار برنامه اضطراری، مخاطبان ذخیره‌شده، مخاطبانی که از فایل‌ها اضافه شده‌اند، بسته‌های کلینیک و تنظیمات شما را از این گوشی پاک می‌کند. راهنماها می‌مانند. دیگر نمی‌شود آن‌ها را برگرداند.
wipe-button = پاک کردن همه چیز
wipe-confirm = بله، همین حالا همه چیز پاک شود
wipe-cancel = لغو
wipe-done = همه چیزهایی که ذخیره کرده بودید پاک شد.

## Errors
error-vault-locked = برنامه شما قفل است. آن را با رمزتان باز کنید.
error-vault-exists = شما از قبل یک برنامه دارید. آن را با رمزتان باز کنید.
error-vault-unreadable = برنامه اضطراری شما خوانده نمی‌شود. پاک نشده است.
