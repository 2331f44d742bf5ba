# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = کلینک کے پیکج
packs-intro = کوئی کلینک آپ کو ایک پیکج دے سکتا ہے: ایک فائل جس میں اس کلینک کے رابطے، مقامی نوٹس اور اپ ڈیٹس ہوں۔ ایپ استعمال کرنے سے پہلے چیک کرتی ہے کہ اسے کس نے بنایا۔ کچھ بھی نہیں بھیجا جاتا۔
packs-install = فائل سے پیکج انسٹال کریں
packs-none = کوئی پیکج انسٹال نہیں ہے۔
pack-version = ورژن { $version }، { $date } کو بنایا گیا
pack-from = { $publisher } کی طرف سے
pack-key = کلید کا کوڈ: { $key }
pack-restore = پچھلے ورژن پر واپس جائیں
pack-remove = یہ پیکج ہٹائیں
pack-installed = پیکج انسٹال ہو گیا۔
pack-restored = ہو گیا۔ پیکج پہلے جیسا ہو گیا ہے۔

## Before installing
pack-review-title = کیا آپ کو اس کلینک پر بھروسہ ہے؟
pack-review-new = یہ اس کلینک کا پہلا پیکج ہے۔ انسٹال کرنے سے پہلے کلینک سے اس کا نام اور کلید کا کوڈ پوچھیں، اور دیکھیں کہ یہ وہی ہیں جو یہاں لکھے ہیں۔
pack-review-known = یہ پیکج ایسے کلینک کا ہے جس پر آپ پہلے سے بھروسہ کرتے ہیں۔
pack-adds-title = یہ پیکج کیا شامل کرتا ہے
pack-adds-contacts = ڈائریکٹری کے لیے رابطے
pack-adds-outdated = ڈائریکٹری کے پرانے رابطوں کی رپورٹیں
pack-adds-profile = کلینک کا نام، ویب سائٹ اور پرنٹ شدہ کارڈز کے لیے اس کی سطر
pack-adds-guides = اس کی اپنی گائیڈز: { $titles }
pack-adds-languages = ان زبانوں میں: { $languages }
pack-adds-official = ایک آفیشل اپ ڈیٹ، جس سے ایپ کا اپنا متن بدلتا ہے: { $files }
pack-review-install = بھروسہ کریں اور انسٹال کریں
pack-review-update = اپ ڈیٹ انسٹال کریں
pack-review-cancel = منسوخ کریں

## Where pack content shows
pack-guide-from = اس گائیڈ میں { $publisher } کی طرف سے تبدیلیاں شامل ہیں۔
home-clinic = آپ کا کلینک
clinic-call = فون کریں

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = یہ پیکج بہت بڑا ہے۔ کچھ بھی تبدیل نہیں ہوا۔
pack-error-not-a-pack = یہ فائل kyr کا پیکج نہیں ہے، یا نامکمل ہے۔ کچھ بھی تبدیل نہیں ہوا۔
pack-error-signature = یہ پیکج بننے کے بعد بدلا گیا یا خراب ہو گیا۔ کچھ بھی تبدیل نہیں ہوا۔
pack-error-malformed = یہ پیکج صحیح طریقے سے نہیں بنایا گیا۔ کچھ بھی تبدیل نہیں ہوا۔
pack-error-not-official = یہ پیکج ایپ کا اپنا نام استعمال کرتا ہے، لیکن یہ ایپ بنانے والوں کی طرف سے نہیں ہے۔ کچھ بھی تبدیل نہیں ہوا۔
pack-error-other-key = یہ پیکج ایک ایسے کلینک کا نام استعمال کرتا ہے جس پر آپ بھروسہ کرتے ہیں، لیکن اس کی کلید مختلف ہے۔ ہو سکتا ہے یہ اس کلینک کی طرف سے نہ ہو۔ کچھ بھی تبدیل نہیں ہوا۔
pack-error-not-newer = آپ کے پاس اس پیکج کا ورژن { $installed } پہلے سے ہے۔ یہ فائل ورژن { $offered } ہے۔ کچھ بھی تبدیل نہیں ہوا۔
pack-error-built-in = یہ پیکج ایپ کے اپنے الفاظ بدلنے کی کوشش کرتا ہے، جیسے یہ کہ اہلکار سے کیا کہنا ہے۔ ایسا کرنے کی اجازت صرف kyr کی آفیشل اپ ڈیٹس کو ہے۔ کچھ بھی تبدیل نہیں ہوا۔
pack-error-content = اس پیکج میں ایک غلطی ہے، اس لیے کچھ بھی تبدیل نہیں ہوا۔ { $file } میں، سطر { $line }: { $problem }
pack-error-io = پیکج محفوظ نہیں ہو سکا۔ کچھ بھی تبدیل نہیں ہوا۔
pack-broken = ایک انسٹال شدہ پیکج پڑھا نہیں جا سکا۔ فی الحال ایپ اپنا اصل مواد استعمال کر رہی ہے۔
