# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = छिपाएँ
quick-exit-label = यह स्क्रीन अभी छिपाएँ
neutral-title = नोट्स
neutral-placeholder = कोई नोट लिखें। यह सेव नहीं होता।
neutral-new = नया नोट
neutral-all = सभी नोट
neutral-note-1-title = ख़रीदारी
neutral-note-1-body = चावल, दाल, अंडे, दूध, ब्रेड, प्याज़, साबुन।
neutral-note-2-title = राजमा
neutral-note-2-body = राजमा, टमाटर, प्याज़, लहसुन, नमक। एक घंटा पकाएँ।
neutral-note-3-title = इस हफ़्ते
neutral-note-3-body = फ़ोन का बिल भरना। रसोई साफ़ करना। साइकिल ठीक करवाना।
hide-tip-title = "छिपाएँ" कैसे काम करता है
hide-tip-text = "छिपाएँ" पर टैप करें, तो kyr तुरंत नोट्स का एक सादा पेज दिखाता है। उस पर kyr का कुछ भी नहीं होता। वापस आने के लिए kyr बंद करें और फिर से खोलें।
hide-tip-ok = ठीक है

## Privacy
privacy-title = आपकी निजता
privacy-text = यह ऐप कुछ भी नहीं भेजता और इसे इंटरनेट की ज़रूरत नहीं है। यह सिर्फ़ आपकी सेटिंग्स, आपके सेव किए हुए संपर्क, और आपकी इमरजेंसी योजना रखता है, अगर आप योजना बनाते हैं। आपकी योजना आपके पिन से लॉक रहती है। आप सेटिंग्स में सब कुछ मिटा सकते हैं।

## The emergency plan (locked)
home-plan = मेरी इमरजेंसी योजना
home-plan-hint = संपर्क, ए-नंबर (A-number), परिवार की योजना। पिन से लॉक।
vault-title = मेरी इमरजेंसी योजना
vault-intro = अपने इमरजेंसी संपर्क और परिवार की योजना यहाँ रखें। ये पिन से लॉक रहते हैं और सिर्फ़ इसी फ़ोन पर रहते हैं।
vault-pin-label = पिन या पासवर्ड
vault-pin-again = इसे फिर से लिखें
vault-pin-hint = कम से कम 6 अंक या अक्षर इस्तेमाल करें। लंबा पासवर्ड ज़्यादा सुरक्षित है।
vault-create = इस पिन से मेरी योजना लॉक करें
vault-unlock = खोलें
vault-lock = अभी लॉक करें
vault-locked-note = जब आप ऐप से बाहर जाते हैं, तो यह अपने-आप लॉक हो जाती है। 5 मिनट बाद भी यह लॉक हो जाती है।
vault-pin-mismatch = दोनों पिन एक जैसे नहीं हैं।
vault-pin-short = कम से कम 6 अंक या अक्षर इस्तेमाल करें।
vault-wrong-pin = गलत पिन।
vault-wait = { $seconds ->
    [one] { $seconds } सेकंड रुकें, फिर दोबारा कोशिश करें।
   *[other] { $seconds } सेकंड रुकें, फिर दोबारा कोशिश करें।
}
vault-unreadable = आपकी इमरजेंसी योजना पढ़ी नहीं जा सकती। हो सकता है कि फ़ाइल ख़राब हो गई हो। इसे मिटाया नहीं गया है। आप इसे रख सकते हैं, या इसे मिटाकर फिर से शुरू कर सकते हैं।
vault-erase-damaged = ख़राब योजना मिटाएँ
vault-opening = खुल रहा है…
vault-save = सेव करें और लॉक करें
vault-saved = सेव हो गया। आपकी योजना लॉक है।
vault-name-label = आपका नाम
vault-a-number-label = आपका ए-नंबर (A-number), अगर आपके पास है
vault-contacts-heading = इमरजेंसी संपर्क
vault-contact-name = नाम
vault-contact-phone = फ़ोन नंबर
vault-add-contact = संपर्क जोड़ें
vault-remove-contact = हटाएँ
vault-plan-heading = परिवार की योजना
vault-children-label = बच्चों को कौन लेने जाएगा
vault-documents-label = ज़रूरी कागज़ कहाँ हैं
vault-lawyer-name-label = वकील का नाम
vault-lawyer-phone-label = वकील का फ़ोन नंबर
vault-notes-label = दूसरे नोट्स
vault-phone-invalid = यह फ़ोन नंबर सही नहीं लगता: { $phone }
vault-too-long = यह बहुत लंबा है। कृपया इसे छोटा करें।
vault-print = परिवार की योजना प्रिंट करें
vault-print-title = परिवार की इमरजेंसी योजना
vault-print-note = यह कागज़ घर पर ऐसी जगह रखें जहाँ आपका परिवार इसे ढूँढ सके।

## "I've been detained" message
detained-button = मुझे हिरासत में लिया गया है: मैसेज भेजें
detained-title = मदद के लिए मैसेज भेजें
detained-explain = इससे आपके फ़ोन के मैसेज खुलते हैं, और उनमें एक मैसेज तैयार होता है। भेजना है या नहीं, यह आप तय करते हैं। यह ऐप कुछ भी नहीं भेजता।
detained-place-label = वे आपको कहाँ ले जा रहे हैं? (अगर आपको पता है)
detained-to = किसे
detained-send = मेरे मैसेज खोलें
detained-no-contacts = पहले अपनी योजना में कोई इमरजेंसी संपर्क जोड़ें।
detained-msg-intro = मैं { $name } हूँ। मुझे इमिग्रेशन ने हिरासत में ले लिया है।
detained-msg-a-number = मेरा ए-नंबर (A-number) { $anumber } है।
detained-msg-lawyer = कृपया मेरे वकील { $lawyer } को { $phone } पर फ़ोन करें।
detained-msg-no-lawyer = कृपया वकील ढूँढने में मेरी मदद करें।
detained-msg-place = वे मुझे यहाँ ले जा रहे हैं: { $place }।

## Second PIN for danger
duress-title = ख़तरे के लिए दूसरा पिन (इसे छोड़ सकते हैं)
duress-explain = अगर कोई ऐसा व्यक्ति जो अधिकारी नहीं है, जैसे आपके साथ मार-पीट या बुरा बर्ताव करने वाला कोई व्यक्ति, आपको अपनी योजना खोलने के लिए मजबूर करे, तो अपने पिन की जगह यह दूसरा पिन लिखें। इससे एक ख़ाली योजना खुलती है। कोई नहीं देख सकता कि दूसरा पिन भी है।
officials-no-hiding = जब पुलिस या इमिग्रेशन अधिकारी आपका फ़ोन या यह ऐप देखने के लिए कह चुके हों, तो उसके बाद दूसरा पिन इस्तेमाल न करें और अपनी योजना न मिटाएँ। उस समय जानकारी छिपाना या मिटाना अपराध हो सकता है। कहें, "तलाशी के लिए मेरी सहमति नहीं है," और वकील माँगें।
duress-pin-label = दूसरा पिन
duress-wipe-label = दूसरा पिन इस्तेमाल होने पर मेरी असली योजना भी मिटा दें
duress-wipe-warning = अगर आप यह चुनते हैं, तो दूसरा पिन इस्तेमाल होने पर आपकी असली योजना हमेशा के लिए मिट जाएगी। इसे वापस नहीं लाया जा सकता।
duress-set = दूसरा पिन सेट करें
duress-confirm = मुझे समझ आ गया। दूसरा पिन सेट करें।
duress-same = दूसरा पिन आपके पिन से अलग होना चाहिए।
duress-done = दूसरा पिन सेट हो गया है।

## Erase everything
wipe-title = सब कुछ मिटाएँ
wipe-explain = इससे इस फ़ोन से आपकी इमरजेंसी योजना, आपके सेव किए हुए संपर्क, फ़ाइलों से जोड़े गए संपर्क, क्लिनिक पैकेज और आपकी सेटिंग्स मिट जाती हैं। गाइड बने रहते हैं। इसे वापस नहीं किया जा सकता।
wipe-button = सब कुछ मिटाएँ
wipe-confirm = हाँ, अभी सब कुछ मिटाएँ
wipe-cancel = रद्द करें
wipe-done = आपने जो कुछ भी सेव किया था, वह सब मिट गया है।

## Errors
error-vault-locked = आपकी योजना लॉक है। इसे अपने पिन से खोलें।
error-vault-exists = आपके पास पहले से एक योजना है। इसे अपने पिन से खोलें।
error-vault-unreadable = आपकी इमरजेंसी योजना पढ़ी नहीं जा सकती। इसे मिटाया नहीं गया है।
