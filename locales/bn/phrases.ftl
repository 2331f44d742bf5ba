# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = আমি চুপ থাকার অধিকার ব্যবহার করছি।
phrase-no-search = আমি তল্লাশিতে সম্মতি দিচ্ছি না।
phrase-free-to-go = আমি কি চলে যেতে পারি?
phrase-lawyer = আমি একজন আইনজীবীর সাথে কথা বলতে চাই।
phrase-no-sign = আইনজীবী ছাড়া আমি কিছুতে সই করব না।
phrase-no-entry = আমার বাড়িতে আপনাদের ঢোকায় আমি সম্মতি দিচ্ছি না।
phrase-slide-warrant = অনুগ্রহ করে ওয়ারেন্টটি দরজার নিচ দিয়ে ঢুকিয়ে দিন।
phrase-no-scan = আমি এই স্ক্যানে সম্মতি দিচ্ছি না।
phrase-wrong-warrant = এই ওয়ারেন্টে নাম ভুল, অথবা ঠিকানা ভুল।
phrase-no-phone-search = আমার ফোন তল্লাশিতে আমি সম্মতি দিচ্ছি না।
phrase-consulate = আমি আমার কনস্যুলেটের সাথে যোগাযোগ করতে চাই।
phrase-recording = আমি রেকর্ড করছি। আমি আপনার কাজে বাধা দিচ্ছি না।
phrase-license = এই যে আমার লাইসেন্স। অন্য কোনো বিষয়ে আমি চুপ থাকব।
