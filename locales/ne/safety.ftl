# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = लुकाउनुहोस्
quick-exit-label = यो स्क्रिन अहिले नै लुकाउनुहोस्
neutral-title = नोटहरू
neutral-placeholder = एउटा नोट लेख्नुहोस्। यो सुरक्षित गरिँदैन।
neutral-new = नयाँ टिपोट
neutral-all = सबै टिपोट
neutral-note-1-title = किनमेल
neutral-note-1-body = चामल, दाल, अण्डा, दूध, पाउरोटी, प्याज, साबुन।
neutral-note-2-title = क्वाँटी
neutral-note-2-body = गेडागुडी, टमाटर, प्याज, लसुन, नुन। एक घण्टा पकाउने।
neutral-note-3-title = यो हप्ता
neutral-note-3-body = फोनको बिल तिर्ने। भान्सा सफा गर्ने। साइकल बनाउने।
hide-tip-title = "लुकाउनुहोस्" कसरी काम गर्छ
hide-tip-text = "लुकाउनुहोस्" मा ट्याप गर्नुहोस्, अनि kyr ले तुरुन्तै टिपोटको एउटा साधारण पेज देखाउँछ। त्यसमा kyr को केही पनि हुँदैन। फर्कन, kyr बन्द गरेर फेरि खोल्नुहोस्।
hide-tip-ok = बुझेँ

## Privacy
privacy-title = तपाईंको गोपनीयता
privacy-text = यो एपले केही पनि पठाउँदैन र यसलाई इन्टरनेट चाहिँदैन। यसले तपाईंका सेटिङहरू, तपाईंले सुरक्षित गरेका सम्पर्कहरू, र तपाईंले योजना बनाउनुभयो भने तपाईंको आपतकालीन योजना मात्र राख्छ। तपाईंको योजना तपाईंको पिनले लक हुन्छ। तपाईं सेटिङहरूमा गएर सबै कुरा मेटाउन सक्नुहुन्छ।

## The emergency plan (locked)
home-plan = मेरो आपतकालीन योजना
home-plan-hint = सम्पर्कहरू, ए-नम्बर (A-number), परिवारको योजना। पिनले लक गरिएको।
vault-title = मेरो आपतकालीन योजना
vault-intro = आफ्ना आपतकालीन सम्पर्कहरू र परिवारको योजना यहाँ राख्नुहोस्। यी पिनले लक हुन्छन् र यही फोनमा मात्र रहन्छन्।
vault-pin-label = पिन वा पासवर्ड
vault-pin-again = फेरि टाइप गर्नुहोस्
vault-pin-hint = कम्तीमा 6 वटा अङ्क वा अक्षर प्रयोग गर्नुहोस्। लामो पासवर्ड झन् सुरक्षित हुन्छ।
vault-create = यो पिनले मेरो योजना लक गर्नुहोस्
vault-unlock = खोल्नुहोस्
vault-lock = अहिले नै लक गर्नुहोस्
vault-locked-note = तपाईंले एप छोड्दा यो आफैँ लक हुन्छ। 5 मिनेटपछि पनि यो आफैँ लक हुन्छ।
vault-pin-mismatch = दुईवटा पिन एउटै छैनन्।
vault-pin-short = कम्तीमा 6 वटा अङ्क वा अक्षर प्रयोग गर्नुहोस्।
vault-wrong-pin = गलत पिन।
vault-wait = { $seconds ->
    [one] { $seconds } सेकेन्ड पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।
   *[other] { $seconds } सेकेन्ड पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।
}
vault-unreadable = तपाईंको आपतकालीन योजना पढ्न सकिँदैन। फाइल बिग्रिएको हुन सक्छ। यसलाई मेटाइएको छैन। तपाईं यसलाई राख्न सक्नुहुन्छ, वा मेटाएर फेरि सुरु गर्न सक्नुहुन्छ।
vault-erase-damaged = बिग्रिएको योजना मेटाउनुहोस्
vault-opening = खुल्दै छ…
vault-save = सुरक्षित गरेर लक गर्नुहोस्
vault-saved = सुरक्षित गरियो। तपाईंको योजना लक छ।
vault-name-label = तपाईंको नाम
vault-a-number-label = तपाईंको ए-नम्बर (A-number), छ भने
vault-contacts-heading = आपतकालीन सम्पर्कहरू
vault-contact-name = नाम
vault-contact-phone = फोन नम्बर
vault-add-contact = सम्पर्क थप्नुहोस्
vault-remove-contact = हटाउनुहोस्
vault-plan-heading = परिवारको योजना
vault-children-label = बालबालिकालाई कसले लिन जाने
vault-documents-label = महत्त्वपूर्ण कागजहरू कहाँ छन्
vault-lawyer-name-label = वकिलको नाम
vault-lawyer-phone-label = वकिलको फोन नम्बर
vault-notes-label = अन्य नोटहरू
vault-phone-invalid = यो फोन नम्बर ठीक देखिँदैन: { $phone }
vault-too-long = यो धेरै लामो भयो। कृपया छोटो बनाउनुहोस्।
vault-print = परिवारको योजना प्रिन्ट गर्नुहोस्
vault-print-title = परिवारको आपतकालीन योजना
vault-print-note = यो कागज घरमा यस्तो ठाउँमा राख्नुहोस्, जहाँ तपाईंको परिवारले भेट्टाउन सकोस्।

## "I've been detained" message
detained-button = मलाई हिरासतमा लिइयो: सन्देश पठाउनुहोस्
detained-title = मद्दतका लागि सन्देश पठाउनुहोस्
detained-explain = यसले तपाईंको फोनको म्यासेज खोल्छ, जसमा एउटा सन्देश तयार हुन्छ। पठाउने कि नपठाउने, तपाईं आफैँ छान्नुहुन्छ। यो एपले केही पनि पठाउँदैन।
detained-place-label = उनीहरूले तपाईंलाई कहाँ लैजाँदै छन्? (थाहा छ भने)
detained-to = कसलाई
detained-send = मेरो म्यासेज खोल्नुहोस्
detained-no-contacts = पहिले आफ्नो योजनामा एउटा आपतकालीन सम्पर्क थप्नुहोस्।
detained-msg-intro = म { $name } हुँ। मलाई इमिग्रेसनले हिरासतमा लिएको छ।
detained-msg-a-number = मेरो ए-नम्बर (A-number) { $anumber } हो।
detained-msg-lawyer = कृपया मेरो वकिल { $lawyer } लाई { $phone } मा फोन गर्नुहोस्।
detained-msg-no-lawyer = कृपया मलाई वकिल खोज्न मद्दत गर्नुहोस्।
detained-msg-place = उनीहरूले मलाई यहाँ लैजाँदै छन्: { $place }।

## Second PIN for danger
duress-title = खतराका लागि दोस्रो पिन (यो छोड्न सक्नुहुन्छ)
duress-explain = अधिकारी नभएको कसैले, जस्तै तपाईंलाई दुर्व्यवहार गर्ने व्यक्तिले, तपाईंलाई योजना खोल्न जबरजस्ती गरेमा, आफ्नो पिनको सट्टा यो दोस्रो पिन टाइप गर्नुहोस्। यसले खाली योजना खोल्छ। दोस्रो पिन छ भनेर कसैले थाहा पाउन सक्दैन।
officials-no-hiding = प्रहरी वा अध्यागमन अधिकारीहरूले तपाईंको फोन वा यो एप हेर्न मागेपछि दोस्रो पिन प्रयोग नगर्नुहोस्, र आफ्नो योजना नमेटाउनुहोस्। त्यसबेला जानकारी लुकाउनु वा मेटाउनु अपराध हुन सक्छ। भन्नुहोस्, "म खानतलासीका लागि सहमति दिन्नँ," र वकिल माग्नुहोस्।
duress-pin-label = दोस्रो पिन
duress-wipe-label = दोस्रो पिन प्रयोग हुँदा मेरो साँचो योजना पनि मेटाउनुहोस्
duress-wipe-warning = यो छान्नुभयो भने, दोस्रो पिन प्रयोग हुँदा तपाईंको साँचो योजना सधैँका लागि मेटिन्छ। यसलाई फिर्ता ल्याउन सकिँदैन।
duress-set = दोस्रो पिन राख्नुहोस्
duress-confirm = मैले बुझेँ। दोस्रो पिन राख्नुहोस्।
duress-same = दोस्रो पिन तपाईंको पिनभन्दा फरक हुनुपर्छ।
duress-done = दोस्रो पिन राखियो।

## Erase everything
wipe-title = सबै कुरा मेटाउनुहोस्
wipe-explain = यसले यो फोनबाट तपाईंको आपतकालीन योजना, सुरक्षित गरिएका सम्पर्कहरू, फाइलबाट थपिएका सम्पर्कहरू, क्लिनिक प्याकेजहरू र सेटिङहरू मेटाउँछ। गाइडहरू रहन्छन्। यो फिर्ता गर्न सकिँदैन।
wipe-button = सबै कुरा मेटाउनुहोस्
wipe-confirm = हो, अहिले नै सबै कुरा मेटाउनुहोस्
wipe-cancel = रद्द गर्नुहोस्
wipe-done = तपाईंले सुरक्षित गरेका सबै कुरा मेटाइए।

## Errors
error-vault-locked = तपाईंको योजना लक छ। आफ्नो पिनले खोल्नुहोस्।
error-vault-exists = तपाईंसँग पहिले नै एउटा योजना छ। आफ्नो पिनले खोल्नुहोस्।
error-vault-unreadable = तपाईंको आपतकालीन योजना पढ्न सकिँदैन। यसलाई मेटाइएको छैन।
