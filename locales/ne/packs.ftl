# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.
# "pack" = प्याकेज; "key code" = पहिचान कोड (the short code the person compares
# with what the clinic says). "Nothing was changed" = एपमा केही पनि बदलिएन.

## Packs screen
packs-title = क्लिनिक प्याकेजहरू
packs-intro = कुनै क्लिनिकले तपाईंलाई एउटा प्याकेज दिन सक्छ: यो एउटा फाइल हो, जसमा क्लिनिकका सम्पर्कहरू, स्थानीय नोटहरू र अपडेटहरू हुन्छन्। एपले यसलाई प्रयोग गर्नुअघि यो कसले बनायो भनेर जाँच्छ। केही पनि पठाइँदैन।
packs-install = फाइलबाट प्याकेज इन्स्टल गर्नुहोस्
packs-none = कुनै प्याकेज इन्स्टल गरिएको छैन।
pack-version = संस्करण { $version }, { $date } मा बनाइएको
pack-from = { $publisher } बाट
pack-key = पहिचान कोड: { $key }
pack-restore = पहिलेको संस्करणमा फर्कनुहोस्
pack-remove = यो प्याकेज हटाउनुहोस्
pack-installed = प्याकेज इन्स्टल भयो।
pack-restored = भयो। प्याकेज पहिले जस्तो थियो, फेरि त्यस्तै भयो।

## Before installing
pack-review-title = के तपाईंलाई यो क्लिनिकमाथि भरोसा छ?
pack-review-new = यो क्लिनिकबाट आएको पहिलो प्याकेज हो। इन्स्टल गर्नुअघि क्लिनिकलाई सोध्नुहोस्। यहाँ लेखिएको नाम र पहिचान कोड क्लिनिकले भनेको जस्तै छ कि छैन, जाँच्नुहोस्।
pack-review-known = यो प्याकेज तपाईंले पहिले नै भरोसा गरेको क्लिनिकबाट आएको हो।
pack-adds-title = यो प्याकेजले थप्ने कुराहरू
pack-adds-contacts = "कानुनी सहायता खोज्नुहोस्" सूचीका लागि सम्पर्कहरू
pack-adds-outdated = सूचीमा पुराना भएका सम्पर्कहरूबारे रिपोर्टहरू
pack-adds-profile = क्लिनिकको नाम, वेबसाइट र प्रिन्ट गरिने कार्डमा छापिने एउटा लाइन
pack-adds-guides = क्लिनिककै गाइडहरू: { $titles }
pack-adds-languages = यी भाषाहरूमा: { $languages }
pack-adds-official = एप बनाउनेहरूको आधिकारिक अपडेट, जसले एपकै शब्दहरू बदल्छ: { $files }
pack-review-install = भरोसा गरेर इन्स्टल गर्नुहोस्
pack-review-update = अपडेट इन्स्टल गर्नुहोस्
pack-review-cancel = रद्द गर्नुहोस्

## Where pack content shows
pack-guide-from = यो गाइडमा { $publisher } ले गरेका परिवर्तनहरू छन्।
home-clinic = तपाईंको क्लिनिक
clinic-call = फोन गर्नुहोस्

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = यो प्याकेज धेरै नै ठूलो छ। एपमा केही पनि बदलिएन।
pack-error-not-a-pack = यो फाइल यस एपको प्याकेज होइन, वा यो अधुरो छ। एपमा केही पनि बदलिएन।
pack-error-signature = यो प्याकेज बनाइसकेपछि बदलिएको छ वा बिग्रिएको छ। एपमा केही पनि बदलिएन।
pack-error-malformed = यो प्याकेज ठीकसँग बनाइएको छैन। एपमा केही पनि बदलिएन।
pack-error-not-official = यो प्याकेजले यस एपकै नाम प्रयोग गर्छ, तर यो एप बनाउनेहरूबाट आएको होइन। एपमा केही पनि बदलिएन।
pack-error-other-key = यो प्याकेजले तपाईंले भरोसा गरेको क्लिनिकको नाम प्रयोग गर्छ, तर यसको पहिचान कोड फरक छ। यो उनीहरूबाट नआएको हुन सक्छ। एपमा केही पनि बदलिएन।
pack-error-not-newer = तपाईंसँग यो प्याकेजको संस्करण { $installed } पहिले नै छ। यो फाइल संस्करण { $offered } हो। एपमा केही पनि बदलिएन।
pack-error-built-in = यो प्याकेजले एपकै शब्दहरू बदल्न खोज्छ, जस्तै अधिकारीलाई के भन्ने। एप बनाउनेहरूका आधिकारिक अपडेटहरूले मात्र त्यसो गर्न सक्छन्। एपमा केही पनि बदलिएन।
pack-error-content = यो प्याकेजमा एउटा गल्ती छ, त्यसैले एपमा केही पनि बदलिएन। { $file } मा, लाइन { $line }: { $problem }
pack-error-io = प्याकेज सुरक्षित गर्न सकिएन। एपमा केही पनि बदलिएन।
pack-broken = इन्स्टल गरिएको एउटा प्याकेज पढ्न सकिएन। अहिलेका लागि एपले आफ्नै सामग्री प्रयोग गर्छ।
