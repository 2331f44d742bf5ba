# Extra words that people type when they look for a guide: everyday and
# slang words, other names for the same thing. They are never shown; search
# uses them to find the guide. Write the words people in your community
# really use, separated by commas. They need not match the English ones.

search-keywords-right-now = সাহায্য, বাঁচাও, জরুরি, ইমার্জেন্সি, এখনই, তাড়াতাড়ি, থামিয়েছে, ধরেছে, কী করব, হেল্প, help
search-keywords-street = পুলিশ, আইডি, ID, কাগজপত্র, ডকুমেন্ট, পরিচয়পত্র, নাম, রাস্তা, ফুটপাত, হাঁটার সময়, তল্লাশি, সার্চ
search-keywords-door = ICE, রেইড, raid, দরজায় টোকা, নক, বাসা, বাড়ি, অ্যাপার্টমেন্ট, দরজা খোলা, ওয়ারেন্ট
search-keywords-face-scan = Mobile Fortify, মুখ, চেহারা, ফেস স্ক্যান, ছবি, ফটো, আঙুলের ছাপ, ফিঙ্গারপ্রিন্ট, ক্যামেরা, অ্যাপ, বায়োমেট্রিক
search-keywords-car = গাড়ি, কার, ট্যাক্সি, উবার, ট্রাফিক, পুলিশ গাড়ি থামিয়েছে, ড্রাইভার, লাইসেন্স, যাত্রী, ডিকি, টিকিট
search-keywords-workplace = কাজ, চাকরি, কাজের জায়গায় রেইড, বস, মালিক, ফ্যাক্টরি, রেস্টুরেন্ট, দোকান, গ্রোসারি, কনস্ট্রাকশন, সহকর্মী
search-keywords-protest = বিক্ষোভ, মিছিল, সমাবেশ, মানববন্ধন, মার্চ, ভিডিও করা, রেকর্ড, পুলিশের ভিডিও
search-keywords-arrest = গ্রেপ্তার, গ্রেফতার, ধরে নিয়ে গেছে, আটক, জেল, হাজত, ডিটেনশন সেন্টার, ডিপোর্ট, দেশে ফেরত, জামিন, বন্ড, উকিল
search-keywords-border = সীমান্ত, বর্ডার, বিমানবন্দর, এয়ারপোর্ট, ফ্লাইট, প্লেন, চেকপয়েন্ট, কাস্টমস, CBP, বর্ডার প্যাট্রোল, ভ্রমণ
search-keywords-places = স্কুল, মসজিদ, মন্দির, চার্চ, গির্জা, হাসপাতাল, ডাক্তার, ক্লিনিক, আদালত, কোর্ট
search-keywords-family = বাচ্চা, সন্তান, ছেলেমেয়ে, পরিবার, পরিকল্পনা, প্ল্যান, অভিভাবক, গার্ডিয়ান, বাচ্চাদের কে নেবে, কাগজপত্র
search-keywords-phone = মোবাইল, ফোন, পাসওয়ার্ড, পিন, আনলক, ফেসবুক, ইমো, হোয়াটসঅ্যাপ, মেসেজ, ছবি
search-keywords-status = আদালতের তারিখ, কোর্ট ডেট, court date, শুনানি, হিয়ারিং, অভিবাসন আদালত, ইমিগ্রেশন কোর্ট, বিচারক, জজ, চেক-ইন, হাজিরা, ICE check-in, ভিসা, স্টুডেন্ট ভিসা, ছাত্র ভিসা, কাজের ভিসা, ওয়ার্ক ভিসা, নিবন্ধন, রেজিস্ট্রেশন, রেজিস্টার, G-325R
search-keywords-after = অভিযোগ, রিপোর্ট, লিখে রাখা, সাক্ষী, নিখোঁজ, আত্মীয় খোঁজা, কোথায় নিয়ে গেছে, খোঁজ নেওয়া, লোকেটর
