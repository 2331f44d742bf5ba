# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = فارسی
app-title = حقوق خود را بشناسید
loading = در حال بارگذاری…

home-urgent = همین حالا شما را متوقف کرده‌اند؟
home-urgent-hint = اولین قدم‌ها، سریع
home-scenarios = چه اتفاقی در حال رخ دادن است؟
home-short-door = دم در خانه‌ام
home-short-car = در خودرو
home-short-street = در خیابان
home-short-arrest = در بازداشت
home-warrant = بررسی حکم
home-warrant-hint = برگه‌ای دم در خانه شماست؟ قدم به قدم آن را بررسی کنید.
home-more = بیشتر
home-cards = یک کارت به مأمور نشان دهید
home-cards-hint = متن بزرگ به انگلیسی، و زبان شما زیر آن.
disclaimer = اطلاعات حقوقی، نه مشاوره حقوقی.

nav-back = بازگشت
nav-language = زبان
nav-home = صفحه اصلی
nav-glossary = واژه‌های مهم
nav-settings = تنظیمات

glossary-title = واژه‌های مهم
settings-title = تنظیمات
settings-state = ایالت شما
settings-state-hint = برخی راهنماها قوانین ایالت شما را نشان می‌دهند. انتخاب شما روی همین گوشی می‌ماند.
settings-state-none = انتخاب نشده
state-picker-title = ایالت خود را انتخاب کنید
state-note-heading = ایالت شما: { $state }
state-note-choose = ایالت خود را انتخاب کنید تا قانون آن را درباره گفتن نامتان ببینید.
state-note-change = تغییر ایالت

cards-title = کارت‌هایی برای نشان دادن به مأمور
cards-for-agent = برای مأمور:
cards-next = کارت بعدی
cards-previous = کارت قبلی
cards-close = بستن
guide-show-card = نشان دادن کارت
nav-print = چاپ کارت‌ها
print-title = چاپ کارت‌های جیبی
print-hint = برای کلینیک‌ها: روی هر دو طرف کاغذ چاپ کنید و کاغذ را از لبه بلند برگردانید، سپس روی خط‌های خاکستری ببرید.
print-clinic = سطر کلینیک شما (اختیاری)
print-button = چاپ

warrant-title = بررسی حکم
warrant-intro = به چند سؤال درباره این برگه جواب دهید. در این مدت در را بسته نگه دارید.
warrant-start-over = شروع دوباره
warrant-tone-stop = در را بسته نگه دارید
warrant-tone-caution = مراقب باشید
warrant-tone-enter = ممکن است وارد شوند
warrant-picture-compare = چپ: بالای حکم قاضی نام یک دادگاه آمده است. راست: فرم { -ice } مهر { -dhs } را دارد.
warrant-picture-signature = چپ: قاضی حکم قضایی را امضا می‌کند. راست: یک مأمور اداره مهاجرت حکم { -ice } را امضا می‌کند.

language-title = زبان خود را انتخاب کنید
language-machine = ترجمه با کمک ماشین
notice-machine-assisted = این ترجمه با کمک ماشین انجام شده است. هنوز هیچ انسانی آن را بررسی نکرده است. عبارت‌ها متن انگلیسی را هم نشان می‌دهند.

section-first = اول این کار را بکنید
section-do = این کارها را بکنید
section-dont = این کارها را نکنید
section-say = چه بگویید
section-why = چرا: قانون
section-unsettled = جایی که قانون روشن نیست
section-lawyer = وکیل بگیرید

phrase-english-label = به انگلیسی:
guide-reviewed-by = در { $date } توسط { $by } با منابعش بررسی شد.
guide-not-lawyer-reviewed = هنوز هیچ وکیلی این راهنما را بررسی نکرده است.
guide-lawyer-reviewed = بررسی‌شده توسط یک وکیل ({ $by }) در { $date }.
guide-stale = این راهنما آخرین بار در { $date } بررسی شده است، یعنی بیش از یک سال پیش. ممکن است قانون تغییر کرده باشد.
guide-sources = منابع این راهنما
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } منبع
   *[other] { $count } منبع
}
guide-terms = واژه‌های مهم:
citation-sources = منابع
citation-read-on = خوانده‌شده در { $date }
citation-kind-constitution = قانون اساسی
citation-kind-statute = قانون
citation-kind-regulation = آیین‌نامه
citation-kind-court = حکم دادگاه
citation-kind-agency = نهاد دولتی
citation-kind-organization = سازمان حقوقی
citation-kind-news = گزارش خبری

error-storage = برنامه نتوانست داده‌هایش را بخواند. داده‌های ذخیره‌شده شما تغییری نکرد.
error-content = محتوای برنامه مشکل دارد. لطفاً برنامه را به‌روز کنید.
error-unknown-guide = این راهنما در برنامه نیست.
error-unknown-locale = این زبان در برنامه نیست.
error-unknown-state = این ایالت در برنامه نیست.
notice-user-db-unreadable = تنظیمات ذخیره‌شده شما خوانده نشد. فایل همان‌طور که بود نگه داشته شد. برنامه فعلاً از تنظیمات پیش‌فرض استفاده می‌کند.
date-format = { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر

## Search
search-label = جستجو
search-hint = خانه، وکیل…
search-clear = پاک کردن جستجو
search-none = چیزی پیدا نشد. یک کلمه کوتاه‌تر را امتحان کنید، یا از صفحه اصلی یک موضوع انتخاب کنید.
search-count = { $count ->
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
search-in-english = به انگلیسی
search-kind-guide = راهنما
search-kind-card = کارت برای نشان دادن
search-kind-term = واژه مهم
search-kind-state = قانون ایالت
