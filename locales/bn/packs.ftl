# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.
# "pack" = প্যাকেজ; "key code" = পরিচয় কোড (the short code the person compares
# with what the clinic says). "Nothing was changed" = অ্যাপে কিছুই বদলায়নি.

## Packs screen
packs-title = ক্লিনিকের প্যাকেজ
packs-intro = কোনো ক্লিনিক আপনাকে একটি প্যাকেজ দিতে পারে: এটি একটি ফাইল, যাতে ক্লিনিকের যোগাযোগ, স্থানীয় নোট আর আপডেট থাকে। অ্যাপটি এটি ব্যবহার করার আগে যাচাই করে, এটি কে বানিয়েছে। কিছুই পাঠানো হয় না।
packs-install = ফাইল থেকে প্যাকেজ ইনস্টল করুন
packs-none = কোনো প্যাকেজ ইনস্টল করা নেই।
pack-version = সংস্করণ { $version }, { $date } তারিখে তৈরি
pack-from = { $publisher } থেকে
pack-key = পরিচয় কোড: { $key }
pack-restore = আগের সংস্করণে ফিরে যান
pack-remove = এই প্যাকেজটি সরিয়ে দিন
pack-installed = প্যাকেজটি ইনস্টল হয়েছে।
pack-restored = হয়ে গেছে। প্যাকেজটি আবার আগের মতো হয়ে গেছে।

## Before installing
pack-review-title = আপনি কি এই ক্লিনিকের ওপর ভরসা করেন?
pack-review-new = এই ক্লিনিক থেকে এটি প্রথম প্যাকেজ। ইনস্টল করার আগে ক্লিনিককে জিজ্ঞেস করুন। মিলিয়ে দেখুন, এখানে লেখা নাম আর পরিচয় কোড ক্লিনিকের বলা নাম আর কোডের সাথে মেলে কি না।
pack-review-known = এই প্যাকেজটি এমন একটি ক্লিনিক থেকে এসেছে, যার ওপর আপনি আগে থেকেই ভরসা করেন।
pack-adds-title = এই প্যাকেজ যা যোগ করে
pack-adds-contacts = "আইনি সহায়তা খুঁজুন" তালিকার জন্য যোগাযোগ
pack-adds-outdated = তালিকার পুরোনো যোগাযোগ নিয়ে রিপোর্ট
pack-adds-profile = ক্লিনিকের নাম, ওয়েবসাইট, আর প্রিন্ট করা কার্ডে ছাপার জন্য একটি লাইন
pack-adds-guides = ক্লিনিকের নিজের গাইড: { $titles }
pack-adds-languages = এই ভাষাগুলোতে: { $languages }
pack-adds-official = যারা অ্যাপটি বানিয়েছে, তাদের একটি অফিসিয়াল আপডেট, যা অ্যাপের নিজের লেখা বদলায়: { $files }
pack-review-install = ভরসা করে ইনস্টল করুন
pack-review-update = আপডেট ইনস্টল করুন
pack-review-cancel = বাতিল করুন

## Where pack content shows
pack-guide-from = এই গাইডে { $publisher } থেকে আসা পরিবর্তন আছে।
home-clinic = আপনার ক্লিনিক
clinic-call = ফোন করুন

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = এই প্যাকেজটি খুব বড়। অ্যাপে কিছুই বদলায়নি।
pack-error-not-a-pack = এই ফাইলটি এই অ্যাপের প্যাকেজ নয়, অথবা এটি অসম্পূর্ণ। অ্যাপে কিছুই বদলায়নি।
pack-error-signature = এই প্যাকেজটি তৈরি হওয়ার পরে বদলানো হয়েছে বা নষ্ট হয়ে গেছে। অ্যাপে কিছুই বদলায়নি।
pack-error-malformed = এই প্যাকেজটি ঠিকভাবে তৈরি করা হয়নি। অ্যাপে কিছুই বদলায়নি।
pack-error-not-official = এই প্যাকেজটি এই অ্যাপের নিজের নাম ব্যবহার করে, কিন্তু যারা অ্যাপটি বানিয়েছে, এটি তাদের কাছ থেকে আসেনি। অ্যাপে কিছুই বদলায়নি।
pack-error-other-key = এই প্যাকেজটি এমন একটি ক্লিনিকের নাম ব্যবহার করে, যার ওপর আপনি ভরসা করেন, কিন্তু এর পরিচয় কোড আলাদা। এটি হয়তো তাদের কাছ থেকে আসেনি। অ্যাপে কিছুই বদলায়নি।
pack-error-not-newer = এই প্যাকেজের সংস্করণ { $installed } আপনার কাছে আগে থেকেই আছে। এই ফাইলটি সংস্করণ { $offered }। অ্যাপে কিছুই বদলায়নি।
pack-error-built-in = এই প্যাকেজটি অ্যাপের নিজের লেখা বদলানোর চেষ্টা করছে, যেমন কর্মকর্তাকে কী বলবেন। শুধু যারা অ্যাপটি বানিয়েছে, তাদের অফিসিয়াল আপডেটই এটি করতে পারে। অ্যাপে কিছুই বদলায়নি।
pack-error-content = এই প্যাকেজে একটি ভুল আছে, তাই অ্যাপে কিছুই বদলায়নি। { $file } ফাইলে, লাইন { $line }: { $problem }
pack-error-io = প্যাকেজটি সংরক্ষণ করা যায়নি। অ্যাপে কিছুই বদলায়নি।
pack-broken = ইনস্টল করা একটি প্যাকেজ পড়া যায়নি। অ্যাপটি আপাতত নিজের বিষয়বস্তু ব্যবহার করছে।
