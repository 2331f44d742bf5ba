# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = زه د چوپ پاتې کېدو له خپل حق څخه ګټه اخلم.
phrase-no-search = زه تلاشۍ ته رضایت نه ورکوم.
phrase-free-to-go = ایا زه د تګ لپاره ازاد یم؟
phrase-lawyer = زه غواړم له وکیل سره خبرې وکړم.
phrase-no-sign = زه به له وکیل پرته هېڅ شی لاسلیک نه کړم.
phrase-no-entry = زه رضایت نه ورکوم چې تاسو زما کور ته ننوځئ.
phrase-slide-warrant = مهرباني وکړئ وارنټ د دروازې له لاندې راته دننه کړئ.
phrase-no-scan = زه دې سکن ته رضایت نه ورکوم.
phrase-wrong-warrant = په دې وارنټ کې نوم یا پته غلطه ده.
phrase-no-phone-search = زه د خپل تلیفون تلاشۍ ته رضایت نه ورکوم.
phrase-consulate = زه غواړم له خپلې قونسلګرۍ سره اړیکه ونیسم.
phrase-recording = زه ثبتوم (ریکارډ کوم). زه ستاسو مخه نه نیسم.
phrase-license = دا زما لایسنس دی. د نورو هر څه په اړه به چوپ پاتې شم.
