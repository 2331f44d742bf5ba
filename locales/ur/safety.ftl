# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = چھپائیں
quick-exit-label = یہ اسکرین ابھی چھپائیں
neutral-title = نوٹس
neutral-placeholder = کوئی نوٹ لکھیں۔ یہ محفوظ نہیں ہوتا۔
neutral-new = نیا نوٹ
neutral-all = سارے نوٹس
neutral-note-1-title = خریداری
neutral-note-1-body = چاول، دال، انڈے، دودھ، ڈبل روٹی، پیاز، صابن۔
neutral-note-2-title = دال
neutral-note-2-body = دال، ٹماٹر، پیاز، لہسن، نمک۔ ایک گھنٹہ پکائیں۔
neutral-note-3-title = اس ہفتے
neutral-note-3-body = فون کا بل دینا۔ کچن صاف کرنا۔ سائیکل ٹھیک کروانا۔
hide-tip-title = "چھپائیں" بٹن کیسے کام کرتا ہے
hide-tip-text = "چھپائیں" دبائیں تو kyr فوراً نوٹس کا ایک سادہ صفحہ دکھاتا ہے۔ اس پر kyr کی کوئی چیز نہیں ہوتی۔ واپس آنے کے لیے kyr بند کریں اور دوبارہ کھولیں۔
hide-tip-ok = ٹھیک ہے

## Privacy
privacy-title = آپ کی رازداری
privacy-text = یہ ایپ کچھ نہیں بھیجتی اور اسے انٹرنیٹ کی ضرورت نہیں۔ یہ صرف یہ چیزیں رکھتی ہے: آپ کی ترتیبات، آپ کے محفوظ کیے ہوئے رابطے، اور آپ کا ایمرجنسی پلان اگر آپ نے بنایا ہو۔ آپ کا پلان آپ کے پن کوڈ سے لاک ہوتا ہے۔ آپ ترتیبات میں سب کچھ مٹا سکتے ہیں۔

## The emergency plan (locked)
home-plan = میرا ایمرجنسی پلان
home-plan-hint = رابطے، اے نمبر (A-number)، خاندان کا پلان۔ پن کوڈ سے لاک۔
vault-title = میرا ایمرجنسی پلان
vault-intro = اپنے ایمرجنسی رابطے اور خاندان کا پلان یہاں رکھیں۔ یہ پن کوڈ سے لاک ہوتے ہیں اور صرف اسی فون پر رہتے ہیں۔
vault-pin-label = پن کوڈ یا پاس ورڈ
vault-pin-again = اسے دوبارہ لکھیں
vault-pin-hint = کم از کم 6 نمبر یا حروف استعمال کریں۔ لمبا پاس ورڈ زیادہ محفوظ ہوتا ہے۔
vault-create = اس پن کوڈ سے میرا پلان لاک کریں
vault-unlock = کھولیں
vault-lock = ابھی لاک کریں
vault-locked-note = ایپ سے باہر جانے پر یہ خود بخود لاک ہو جاتا ہے، اور 5 منٹ بعد بھی۔
vault-pin-mismatch = دونوں پن کوڈ ایک جیسے نہیں ہیں۔
vault-pin-short = کم از کم 6 نمبر یا حروف استعمال کریں۔
vault-wrong-pin = پن کوڈ غلط ہے۔
# CLDR ur: one (1 only), other.
vault-wait = { $seconds ->
    [one] ایک سیکنڈ رکیں، پھر دوبارہ کوشش کریں۔
   *[other] { $seconds } سیکنڈ رکیں، پھر دوبارہ کوشش کریں۔
}
vault-unreadable = آپ کا ایمرجنسی پلان پڑھا نہیں جا سکتا۔ ہو سکتا ہے فائل خراب ہو گئی ہو۔ اسے مٹایا نہیں گیا۔ آپ اسے رکھ سکتے ہیں، یا اسے مٹا کر دوبارہ شروع کر سکتے ہیں۔
vault-erase-damaged = خراب پلان مٹا دیں
vault-opening = کھل رہا ہے…
vault-save = محفوظ کریں اور لاک کریں
vault-saved = محفوظ ہو گیا۔ آپ کا پلان لاک ہے۔
vault-name-label = آپ کا نام
vault-a-number-label = آپ کا اے نمبر (A-number)، اگر ہے
vault-contacts-heading = ایمرجنسی رابطے
vault-contact-name = نام
vault-contact-phone = فون نمبر
vault-add-contact = رابطہ شامل کریں
vault-remove-contact = ہٹائیں
vault-plan-heading = خاندان کا پلان
vault-children-label = بچوں کو کون لے گا
vault-documents-label = اہم کاغذات کہاں ہیں
vault-lawyer-name-label = وکیل کا نام
vault-lawyer-phone-label = وکیل کا فون نمبر
vault-notes-label = دوسرے نوٹس
vault-phone-invalid = یہ فون نمبر درست نہیں لگتا: { $phone }
vault-too-long = یہ بہت لمبا ہے۔ براہ کرم اسے چھوٹا کریں۔
vault-print = خاندان کا پلان پرنٹ کریں
vault-print-title = خاندان کا ایمرجنسی پلان
vault-print-note = یہ کاغذ گھر میں ایسی جگہ رکھیں جہاں آپ کے گھر والے اسے ڈھونڈ سکیں۔

## "I've been detained" message
detained-button = مجھے حراست میں لے لیا گیا ہے: پیغام بھیجیں
detained-title = مدد کے لیے پیغام بھیجیں
detained-explain = اس سے آپ کے فون کے میسج ایک تیار پیغام کے ساتھ کھل جاتے ہیں۔ بھیجنا ہے یا نہیں، یہ آپ کا فیصلہ ہے۔ یہ ایپ کچھ نہیں بھیجتی۔
detained-place-label = وہ آپ کو کہاں لے جا رہے ہیں؟ (اگر معلوم ہو)
detained-to = کس کو
detained-send = میرے میسج کھولیں
detained-no-contacts = پہلے اپنے پلان میں کوئی ایمرجنسی رابطہ شامل کریں۔
detained-msg-intro = میں { $name } ہوں۔ مجھے امیگریشن والوں نے حراست میں لے لیا ہے۔
detained-msg-a-number = میرا اے نمبر (A-number) یہ ہے: { $anumber }
detained-msg-lawyer = براہ کرم میرے وکیل { $lawyer } کو { $phone } پر فون کریں۔
detained-msg-no-lawyer = براہ کرم وکیل ڈھونڈنے میں میری مدد کریں۔
detained-msg-place = وہ مجھے یہاں لے جا رہے ہیں: { $place }

## Second PIN for danger
duress-title = خطرے کے لیے دوسرا پن کوڈ (آپ اسے چھوڑ سکتے ہیں)
duress-explain = اگر کوئی ایسا شخص جو افسر نہیں ہے، جیسے آپ کے ساتھ بدسلوکی کرنے والا کوئی شخص، آپ کو اپنا پلان کھولنے پر مجبور کرے، تو اپنے اصلی پن کوڈ کی جگہ یہ دوسرا پن کوڈ لکھیں۔ اس سے ایک خالی پلان کھلتا ہے۔ کوئی نہیں جان سکتا کہ دوسرا پن کوڈ بھی موجود ہے۔
officials-no-hiding = جب پولیس یا امیگریشن اہلکار آپ کا فون یا یہ ایپ دیکھنے کو کہیں، تو اس کے بعد نہ دوسرا پن کوڈ استعمال کریں اور نہ اپنا پلان مٹائیں۔ اس وقت معلومات چھپانا یا ڈیلیٹ کرنا جرم ہو سکتا ہے۔ کہیں: "میں تلاشی کے لیے رضامند نہیں ہوں"، اور وکیل مانگیں۔
duress-pin-label = دوسرا پن کوڈ
duress-wipe-label = دوسرا پن کوڈ استعمال ہونے پر میرا اصلی پلان بھی مٹا دیں
duress-wipe-warning = اگر آپ یہ چنیں، تو دوسرا پن کوڈ استعمال ہونے پر آپ کا اصلی پلان ہمیشہ کے لیے ختم ہو جائے گا۔ اسے واپس نہیں لایا جا سکتا۔
duress-set = دوسرا پن کوڈ سیٹ کریں
duress-confirm = مجھے سمجھ آ گئی۔ دوسرا پن کوڈ سیٹ کریں۔
duress-same = دوسرا پن کوڈ آپ کے پن کوڈ سے مختلف ہونا چاہیے۔
duress-done = دوسرا پن کوڈ سیٹ ہو گیا۔

## Erase everything
wipe-title = سب کچھ مٹا دیں
wipe-explain = اس سے آپ کا ایمرجنسی پلان، محفوظ کیے ہوئے رابطے، فائلوں سے شامل کیے گئے رابطے، کلینک کے پیکج اور آپ کی ترتیبات اس فون سے مٹ جائیں گے۔ گائیڈ باقی رہیں گے۔ یہ واپس نہیں ہو سکتا۔
wipe-button = سب کچھ مٹا دیں
wipe-confirm = ہاں، ابھی سب کچھ مٹا دیں
wipe-cancel = منسوخ کریں
wipe-done = آپ کا محفوظ کیا ہوا سب کچھ مٹ گیا۔

## Errors
error-vault-locked = آپ کا پلان لاک ہے۔ اسے اپنے پن کوڈ سے کھولیں۔
error-vault-exists = آپ کا پلان پہلے سے موجود ہے۔ اسے اپنے پن کوڈ سے کھولیں۔
error-vault-unreadable = آپ کا ایمرجنسی پلان پڑھا نہیں جا سکتا۔ اسے مٹایا نہیں گیا۔
