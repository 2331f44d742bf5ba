# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = أنا أستخدم حقي في التزام الصمت.
phrase-no-search = لا أوافق على التفتيش.
phrase-free-to-go = هل يمكنني المغادرة؟
phrase-lawyer = أريد التحدث مع محام.
phrase-no-sign = لن أوقع على أي شيء دون محام.
phrase-no-entry = لا أوافق على دخولكم إلى بيتي.
phrase-slide-warrant = من فضلكم، مرروا مذكرة الاعتقال أو التفتيش من تحت الباب.
phrase-no-scan = لا أوافق على هذا المسح.
phrase-wrong-warrant = مذكرة الاعتقال أو التفتيش هذه عليها اسم خاطئ أو عنوان خاطئ.
phrase-no-phone-search = لا أوافق على تفتيش هاتفي.
phrase-consulate = أريد الاتصال بقنصلية بلدي.
phrase-recording = أنا أصور. لا أعترض طريقكم.
phrase-license = هذه رخصة قيادتي. سألتزم الصمت بشأن أي شيء آخر.
