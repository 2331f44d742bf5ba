# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = বাংলা
app-title = আপনার অধিকার জানুন
loading = লোড হচ্ছে…

home-urgent = এখনই আপনাকে থামানো হয়েছে?
home-urgent-hint = প্রথম পদক্ষেপগুলো, দ্রুত
home-scenarios = কী ঘটছে?
home-short-door = আমার দরজায়
home-short-car = গাড়িতে
home-short-street = রাস্তায়
home-short-arrest = আটক
home-warrant = ওয়ারেন্ট যাচাই করুন
home-warrant-hint = দরজায় কোনো কাগজ? ধাপে ধাপে যাচাই করুন।
home-more = আরও
home-cards = কর্মকর্তাকে কার্ড দেখান
home-cards-hint = বড় ইংরেজি লেখা, নিচে আপনার ভাষায়।
disclaimer = আইনি তথ্য, আইনি পরামর্শ নয়।

nav-back = পেছনে
nav-language = ভাষা
nav-home = হোম
nav-glossary = জানা দরকার এমন শব্দ
nav-settings = সেটিংস

glossary-title = জানা দরকার এমন শব্দ
settings-title = সেটিংস
settings-state = আপনার অঙ্গরাজ্য
settings-state-hint = কিছু গাইডে আপনার অঙ্গরাজ্যের নিয়ম দেখানো হয়। আপনার পছন্দ এই ফোনেই থাকে।
settings-state-none = বেছে নেওয়া হয়নি
state-picker-title = আপনার অঙ্গরাজ্য বেছে নিন
state-note-heading = আপনার অঙ্গরাজ্য: { $state }
state-note-choose = নাম বলার বিষয়ে আপনার অঙ্গরাজ্যের নিয়ম দেখতে অঙ্গরাজ্যটি বেছে নিন।
state-note-change = অঙ্গরাজ্য বদলান

cards-title = কর্মকর্তাকে দেখানোর কার্ড
cards-for-agent = কর্মকর্তার জন্য:
cards-next = পরের কার্ড
cards-previous = আগের কার্ড
cards-close = বন্ধ করুন
guide-show-card = কার্ড দেখান
nav-print = কার্ড প্রিন্ট করুন
print-title = মানিব্যাগে রাখার কার্ড প্রিন্ট করুন
print-hint = ক্লিনিকের জন্য: কাগজের দুই পাশে প্রিন্ট করুন, লম্বা কিনারা ধরে উল্টে, তারপর ধূসর রেখা বরাবর কাটুন।
print-clinic = আপনার ক্লিনিকের লাইন (ঐচ্ছিক)
print-button = প্রিন্ট করুন

warrant-title = ওয়ারেন্ট যাচাই করুন
warrant-intro = কাগজটি নিয়ে কয়েকটি প্রশ্নের উত্তর দিন। এটি করার সময় দরজা বন্ধ রাখুন।
warrant-start-over = আবার শুরু করুন
warrant-tone-stop = দরজা বন্ধ রাখুন
warrant-tone-caution = সাবধান থাকুন
warrant-tone-enter = তারা ভেতরে আসতে পারে
warrant-picture-compare = বাঁয়ে: বিচারকের ওয়ারেন্টের একদম ওপরে একটি আদালতের নাম থাকে। ডানে: { -ice }-এর ফর্মে { -dhs }-এর সিল থাকে।
warrant-picture-signature = বাঁয়ে: বিচারিক ওয়ারেন্টে একজন বিচারক সই করেন। ডানে: { -ice }-এর ওয়ারেন্টে একজন অভিবাসন কর্মকর্তা সই করেন।

language-title = আপনার ভাষা বেছে নিন
language-machine = যন্ত্রের সাহায্যে অনূদিত
notice-machine-assisted = এই অনুবাদ যন্ত্রের সাহায্যে করা হয়েছে। কোনো মানুষ এখনো এটি যাচাই করেননি। বাক্যগুলোর সাথে ইংরেজিও দেখানো হয়।

section-first = প্রথমে এটি করুন
section-do = যা করবেন
section-dont = যা করবেন না
section-say = কী বলবেন
section-why = কেন: আইন
section-unsettled = যেখানে আইন পরিষ্কার নয়
section-lawyer = আইনজীবী নিন

phrase-english-label = ইংরেজিতে:
guide-reviewed-by = { $date } তারিখে { $by } এই গাইডটি এর সূত্রগুলোর সাথে মিলিয়ে যাচাই করেছেন।
guide-not-lawyer-reviewed = কোনো আইনজীবী এখনো এই গাইডটি পর্যালোচনা করেননি।
guide-lawyer-reviewed = { $date } তারিখে একজন আইনজীবী ({ $by }) পর্যালোচনা করেছেন।
guide-stale = এই গাইডটি শেষবার যাচাই করা হয়েছিল { $date } তারিখে, এক বছরেরও বেশি আগে। আইন বদলে থাকতে পারে।
guide-sources = এই গাইডের সূত্র
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count }টি সূত্র
   *[other] { $count }টি সূত্র
}
guide-terms = জানা দরকার এমন শব্দ:
citation-sources = সূত্র
citation-read-on = { $date } তারিখে পড়া হয়েছে
citation-kind-constitution = সংবিধান
citation-kind-statute = আইন
citation-kind-regulation = বিধিমালা
citation-kind-court = আদালতের রায়
citation-kind-agency = সরকারি সংস্থা
citation-kind-organization = আইনি সংগঠন
citation-kind-news = সংবাদ প্রতিবেদন

error-storage = অ্যাপটি এর ডেটা পড়তে পারেনি। আপনার সংরক্ষিত ডেটা বদলানো হয়নি।
error-content = অ্যাপের বিষয়বস্তুতে সমস্যা আছে। অনুগ্রহ করে অ্যাপটি আপডেট করুন।
error-unknown-guide = এই গাইডটি অ্যাপে নেই।
error-unknown-locale = এই ভাষাটি অ্যাপে নেই।
error-unknown-state = এই অঙ্গরাজ্যটি অ্যাপে নেই।
notice-user-db-unreadable = আপনার সংরক্ষিত সেটিংস পড়া যায়নি। ফাইলটি যেমন ছিল তেমনই রাখা হয়েছে। অ্যাপটি আপাতত ডিফল্ট সেটিংস ব্যবহার করছে।
date-format = { $day } { $month } { $year }
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

## Search
search-label = খুঁজুন
search-hint = দরজা, আইনজীবী…
search-clear = অনুসন্ধান মুছুন
search-none = কিছু পাওয়া যায়নি। ছোট কোনো শব্দ লিখে দেখুন, অথবা হোম স্ক্রিনে একটি বিষয় বেছে নিন।
search-count = { $count ->
    [one] { $count }টি ফলাফল
   *[other] { $count }টি ফলাফল
}
search-in-english = ইংরেজিতে
search-kind-guide = গাইড
search-kind-card = দেখানোর কার্ড
search-kind-term = জানা দরকার এমন শব্দ
search-kind-state = অঙ্গরাজ্যের আইন
