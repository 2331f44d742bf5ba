# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = من از حق سکوتم استفاده می‌کنم.
phrase-no-search = من به بازرسی رضایت نمی‌دهم.
phrase-free-to-go = آیا آزادم که بروم؟
phrase-lawyer = می‌خواهم با یک وکیل صحبت کنم.
phrase-no-sign = بدون وکیل هیچ چیزی را امضا نمی‌کنم.
phrase-no-entry = من رضایت نمی‌دهم که وارد خانه‌ام شوید.
phrase-slide-warrant = لطفاً حکم را از زیر در به داخل بفرستید.
phrase-no-scan = من به این اسکن رضایت نمی‌دهم.
phrase-wrong-warrant = نام یا نشانی این حکم اشتباه است.
phrase-no-phone-search = من به بازرسی گوشی‌ام رضایت نمی‌دهم.
phrase-consulate = می‌خواهم با کنسولگری کشورم تماس بگیرم.
phrase-recording = دارم فیلم می‌گیرم. مانع کار شما نمی‌شوم.
phrase-license = این گواهینامه من است. درباره هر چیز دیگری سکوت می‌کنم.
