# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = میں خاموش رہنے کا اپنا حق استعمال کرتے ہوئے خاموش ہوں۔
phrase-no-search = میں تلاشی کے لیے رضامند نہیں ہوں۔
phrase-free-to-go = کیا مجھے جانے کی اجازت ہے؟
phrase-lawyer = مجھے وکیل سے بات کرنی ہے۔
phrase-no-sign = میں وکیل کے بغیر کسی بھی چیز پر دستخط کرنے کو تیار نہیں ہوں۔
phrase-no-entry = میں اس پر رضامند نہیں ہوں کہ آپ میرے گھر میں داخل ہوں۔
phrase-slide-warrant = براہ کرم وارنٹ دروازے کے نیچے سے اندر سرکا دیں۔
phrase-no-scan = میں اس اسکین کے لیے رضامند نہیں ہوں۔
phrase-wrong-warrant = اس وارنٹ پر نام غلط ہے یا پتہ غلط ہے۔
phrase-no-phone-search = میں اپنے فون کی تلاشی کے لیے رضامند نہیں ہوں۔
phrase-consulate = مجھے اپنے قونصل خانے سے رابطہ کرنا ہے۔
phrase-recording = میری ریکارڈنگ جاری ہے۔ میں آپ کے کام میں رکاوٹ نہیں ہوں۔
phrase-license = یہ میرا لائسنس ہے۔ باقی ہر بات پر میں خاموش ہوں۔
