# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = بسته‌های کلینیک
packs-intro = یک کلینیک می‌تواند به شما یک بسته بدهد: فایلی با مخاطبان آن کلینیک، یادداشت‌های محلی و به‌روزرسانی‌ها. برنامه پیش از استفاده بررسی می‌کند که چه کسی آن را ساخته است. هیچ چیزی فرستاده نمی‌شود.
packs-install = نصب بسته از یک فایل
packs-none = هیچ بسته‌ای نصب نشده است.
pack-version = نسخه { $version }، ساخته‌شده در { $date }
pack-from = از { $publisher }
pack-key = کد کلید: { $key }
pack-restore = برگشت به نسخه قبلی
pack-remove = حذف این بسته
pack-installed = بسته نصب شد.
pack-restored = انجام شد. بسته به حالت قبلی‌اش برگشت.

## Before installing
pack-review-title = آیا به این کلینیک اعتماد دارید؟
pack-review-new = این اولین بسته از این کلینیک است. پیش از نصب، نام و کد کلید را از خود کلینیک بپرسید و ببینید با آنچه این‌جا می‌بینید یکی است.
pack-review-known = این بسته از کلینیکی است که از قبل به آن اعتماد دارید.
pack-adds-title = آنچه این بسته اضافه می‌کند
pack-adds-contacts = مخاطبانی برای فهرست
pack-adds-outdated = گزارش‌هایی درباره مخاطبان قدیمی در فهرست
pack-adds-profile = نام کلینیک، وب‌سایت آن و سطر آن برای کارت‌های چاپی
pack-adds-guides = راهنماهای خودش: { $titles }
pack-adds-languages = به این زبان‌ها: { $languages }
pack-adds-official = یک به‌روزرسانی رسمی که متن خود برنامه را تغییر می‌دهد: { $files }
pack-review-install = اعتماد و نصب
pack-review-update = نصب به‌روزرسانی
pack-review-cancel = لغو

## Where pack content shows
pack-guide-from = این راهنما تغییراتی از { $publisher } دارد.
home-clinic = کلینیک شما
clinic-call = تماس

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = این بسته خیلی بزرگ است. هیچ چیز تغییر نکرد.
pack-error-not-a-pack = این فایل بسته kyr نیست، یا کامل نیست. هیچ چیز تغییر نکرد.
pack-error-signature = این بسته پس از ساخته شدن تغییر کرده یا آسیب دیده است. هیچ چیز تغییر نکرد.
pack-error-malformed = این بسته درست ساخته نشده است. هیچ چیز تغییر نکرد.
pack-error-not-official = این بسته از نام خود برنامه استفاده می‌کند، اما از سازندگان برنامه نیست. هیچ چیز تغییر نکرد.
pack-error-other-key = این بسته از نام کلینیکی استفاده می‌کند که به آن اعتماد دارید، اما کلیدش فرق دارد. شاید از طرف آن کلینیک نباشد. هیچ چیز تغییر نکرد.
pack-error-not-newer = شما از قبل نسخه { $installed } این بسته را دارید. این فایل نسخه { $offered } است. هیچ چیز تغییر نکرد.
pack-error-built-in = این بسته سعی می‌کند کلمات خود برنامه را تغییر دهد، مثلاً این‌که به مأمور چه بگویید. فقط به‌روزرسانی‌های رسمی kyr اجازه این کار را دارند. هیچ چیز تغییر نکرد.
pack-error-content = این بسته یک اشتباه دارد، برای همین هیچ چیز تغییر نکرد. در { $file }، سطر { $line }: { $problem }
pack-error-io = بسته ذخیره نشد. هیچ چیز تغییر نکرد.
pack-broken = یک بسته نصب‌شده خوانده نشد. برنامه فعلاً از محتوای اصلی خودش استفاده می‌کند.
