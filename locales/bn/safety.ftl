# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = লুকান
quick-exit-label = এই স্ক্রিন এখনই লুকান
neutral-title = নোট
neutral-placeholder = একটি নোট লিখুন। এটি সংরক্ষণ হয় না।
neutral-new = নতুন নোট
neutral-all = সব নোট
neutral-note-1-title = বাজার
neutral-note-1-body = চাল, ডাল, ডিম, দুধ, পাউরুটি, পেঁয়াজ, সাবান।
neutral-note-2-title = ছোলার ডাল
neutral-note-2-body = ছোলার ডাল, টমেটো, পেঁয়াজ, রসুন, লবণ। এক ঘণ্টা রান্না করতে হবে।
neutral-note-3-title = এই সপ্তাহে
neutral-note-3-body = ফোনের বিল দেওয়া। রান্নাঘর পরিষ্কার করা। সাইকেল ঠিক করানো।
hide-tip-title = "লুকান" কীভাবে কাজ করে
hide-tip-text = "লুকান"-এ ট্যাপ করলে kyr সঙ্গে সঙ্গে নোটের একটি সাধারণ পাতা দেখায়। তাতে kyr-এর কিছুই থাকে না। ফিরে আসতে kyr বন্ধ করে আবার খুলুন।
hide-tip-ok = বুঝেছি

## Privacy
privacy-title = আপনার গোপনীয়তা
privacy-text = এই অ্যাপ কিছুই পাঠায় না, আর এর জন্য ইন্টারনেট লাগে না। এটি শুধু আপনার সেটিংস, আপনার সংরক্ষণ করা যোগাযোগ, আর আপনি বানালে আপনার জরুরি পরিকল্পনা রাখে। আপনার পরিকল্পনা আপনার পিন দিয়ে লক করা থাকে। আপনি সেটিংসে গিয়ে সবকিছু মুছে ফেলতে পারেন।

## The emergency plan (locked)
home-plan = আমার জরুরি পরিকল্পনা
home-plan-hint = যোগাযোগ, এ-নম্বর (A-number), পরিবারের পরিকল্পনা। পিন দিয়ে লক করা।
vault-title = আমার জরুরি পরিকল্পনা
vault-intro = আপনার জরুরি যোগাযোগ আর পরিবারের পরিকল্পনা এখানে রাখুন। এগুলো পিন দিয়ে লক করা থাকে, আর শুধু এই ফোনেই থাকে।
vault-pin-label = পিন বা পাসওয়ার্ড
vault-pin-again = আবার লিখুন
vault-pin-hint = অন্তত 6টি সংখ্যা বা অক্ষর ব্যবহার করুন। লম্বা পাসওয়ার্ড বেশি নিরাপদ।
vault-create = এই পিন দিয়ে আমার পরিকল্পনা লক করুন
vault-unlock = খুলুন
vault-lock = এখনই লক করুন
vault-locked-note = আপনি অ্যাপ থেকে বের হলে এটি নিজে থেকেই লক হয়ে যায়। 5 মিনিট পরেও এটি লক হয়ে যায়।
vault-pin-mismatch = দুটি পিন এক রকম নয়।
vault-pin-short = অন্তত 6টি সংখ্যা বা অক্ষর ব্যবহার করুন।
vault-wrong-pin = ভুল পিন।
vault-wait = { $seconds ->
    [one] { $seconds } সেকেন্ড অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।
   *[other] { $seconds } সেকেন্ড অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।
}
vault-unreadable = আপনার জরুরি পরিকল্পনা পড়া যাচ্ছে না। ফাইলটি হয়তো নষ্ট হয়ে গেছে। এটি মোছা হয়নি। আপনি এটি রেখে দিতে পারেন, অথবা মুছে ফেলে আবার শুরু করতে পারেন।
vault-erase-damaged = নষ্ট পরিকল্পনাটি মুছে ফেলুন
vault-opening = খুলছে…
vault-save = সংরক্ষণ করে লক করুন
vault-saved = সংরক্ষিত। আপনার পরিকল্পনা লক করা আছে।
vault-name-label = আপনার নাম
vault-a-number-label = আপনার এ-নম্বর (A-number), যদি থাকে
vault-contacts-heading = জরুরি যোগাযোগ
vault-contact-name = নাম
vault-contact-phone = ফোন নম্বর
vault-add-contact = একটি যোগাযোগ যোগ করুন
vault-remove-contact = সরিয়ে দিন
vault-plan-heading = পরিবারের পরিকল্পনা
vault-children-label = বাচ্চাদের কে আনতে যাবে
vault-documents-label = দরকারি কাগজপত্র কোথায় আছে
vault-lawyer-name-label = আইনজীবীর নাম
vault-lawyer-phone-label = আইনজীবীর ফোন নম্বর
vault-notes-label = অন্যান্য নোট
vault-phone-invalid = এই ফোন নম্বরটি ঠিক মনে হচ্ছে না: { $phone }
vault-too-long = এটি খুব লম্বা। দয়া করে ছোট করুন।
vault-print = পরিবারের পরিকল্পনা প্রিন্ট করুন
vault-print-title = পরিবারের জরুরি পরিকল্পনা
vault-print-note = এই কাগজটি বাড়িতে এমন জায়গায় রাখুন, যেখানে আপনার পরিবার এটি খুঁজে পাবে।

## "I've been detained" message
detained-button = আমাকে আটক করা হয়েছে: মেসেজ পাঠান
detained-title = সাহায্যের জন্য মেসেজ পাঠান
detained-explain = এটি আপনার ফোনের মেসেজ খুলে দেয়, সেখানে একটি মেসেজ লেখা তৈরি থাকে। পাঠাবেন কি না, তা আপনি ঠিক করবেন। এই অ্যাপ কিছুই পাঠায় না।
detained-place-label = ওরা আপনাকে কোথায় নিয়ে যাচ্ছে? (জানা থাকলে)
detained-to = কাকে
detained-send = আমার মেসেজ খুলুন
detained-no-contacts = আগে আপনার পরিকল্পনায় একটি জরুরি যোগাযোগ যোগ করুন।
detained-msg-intro = আমি { $name }। আমাকে ইমিগ্রেশন আটক করেছে।
detained-msg-a-number = আমার এ-নম্বর (A-number) { $anumber }।
detained-msg-lawyer = দয়া করে আমার আইনজীবী { $lawyer }-কে { $phone } নম্বরে ফোন করুন।
detained-msg-no-lawyer = দয়া করে একজন আইনজীবী খুঁজে পেতে আমাকে সাহায্য করুন।
detained-msg-place = ওরা আমাকে এখানে নিয়ে যাচ্ছে: { $place }।

## Second PIN for danger
duress-title = বিপদের জন্য দ্বিতীয় পিন (চাইলে বাদ দিতে পারেন)
duress-explain = কর্মকর্তা নয় এমন কেউ, যেমন একজন নির্যাতনকারী, যদি আপনাকে পরিকল্পনা খুলতে বাধ্য করে, তাহলে আপনার পিনের বদলে এই দ্বিতীয় পিন লিখুন। এতে একটি খালি পরিকল্পনা খোলে। দ্বিতীয় পিন যে আছে, তা কেউ দেখতে পারে না।
officials-no-hiding = পুলিশ বা অভিবাসন কর্মকর্তারা আপনার ফোন বা এই অ্যাপ দেখতে চাওয়ার পরে দ্বিতীয় পিন ব্যবহার করবেন না বা আপনার পরিকল্পনা মুছবেন না। তখন তথ্য লুকানো বা মোছা অপরাধ হতে পারে। বলুন, "আমি তল্লাশিতে সম্মতি দিচ্ছি না," এবং আইনজীবীর জন্য অনুরোধ করুন।
duress-pin-label = দ্বিতীয় পিন
duress-wipe-label = দ্বিতীয় পিন ব্যবহার করা হলে আমার আসল পরিকল্পনাও মুছে ফেলুন
duress-wipe-warning = এটি বেছে নিলে, দ্বিতীয় পিন ব্যবহার করা হলে আপনার আসল পরিকল্পনা চিরদিনের জন্য মুছে যাবে। এটি আর ফিরিয়ে আনা যাবে না।
duress-set = দ্বিতীয় পিন সেট করুন
duress-confirm = আমি বুঝেছি। দ্বিতীয় পিন সেট করুন।
duress-same = দ্বিতীয় পিন আপনার পিন থেকে আলাদা হতে হবে।
duress-done = দ্বিতীয় পিন সেট করা হয়েছে।

## Erase everything
wipe-title = সবকিছু মুছে ফেলুন
wipe-explain = এটি এই ফোন থেকে আপনার জরুরি পরিকল্পনা, সংরক্ষণ করা যোগাযোগ, ফাইল থেকে যোগ করা যোগাযোগ, ক্লিনিকের প্যাকেজ আর সেটিংস মুছে ফেলে। গাইডগুলো থেকে যায়। এটি আর ফেরানো যাবে না।
wipe-button = সবকিছু মুছে ফেলুন
wipe-confirm = হ্যাঁ, এখনই সবকিছু মুছে ফেলুন
wipe-cancel = বাতিল করুন
wipe-done = আপনার সংরক্ষণ করা সবকিছু মুছে ফেলা হয়েছে।

## Errors
error-vault-locked = আপনার পরিকল্পনা লক করা আছে। আপনার পিন দিয়ে এটি খুলুন।
error-vault-exists = আপনার আগে থেকেই একটি পরিকল্পনা আছে। আপনার পিন দিয়ে এটি খুলুন।
error-vault-unreadable = আপনার জরুরি পরিকল্পনা পড়া যাচ্ছে না। এটি মোছা হয়নি।
