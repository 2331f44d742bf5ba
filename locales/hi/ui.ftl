# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = हिन्दी
app-title = अपने अधिकार जानें
loading = लोड हो रहा है…

home-urgent = क्या अभी आपको रोका गया है?
home-urgent-hint = पहले कदम, जल्दी से
home-scenarios = क्या हो रहा है?
home-short-door = मेरे दरवाज़े पर
home-short-car = गाड़ी में
home-short-street = सड़क पर
home-short-arrest = हिरासत में
home-warrant = वारंट जाँचें
home-warrant-hint = दरवाज़े पर कोई कागज़ है? कदम-दर-कदम जाँचें।
home-more = और
home-cards = अधिकारी को कार्ड दिखाएँ
home-cards-hint = बड़े अक्षरों में अंग्रेज़ी, नीचे आपकी भाषा।
disclaimer = कानूनी जानकारी, कानूनी सलाह नहीं।

nav-back = वापस
nav-language = भाषा
nav-home = होम
nav-glossary = जानने लायक शब्द
nav-settings = सेटिंग्स

glossary-title = जानने लायक शब्द
settings-title = सेटिंग्स
settings-state = आपका राज्य
settings-state-hint = कुछ गाइड आपके राज्य के नियम दिखाते हैं। आपकी पसंद इसी फ़ोन पर रहती है।
settings-state-none = नहीं चुना गया
state-picker-title = अपना राज्य चुनें
state-note-heading = आपका राज्य: { $state }
state-note-choose = नाम बताने के बारे में अपने राज्य का नियम देखने के लिए अपना राज्य चुनें।
state-note-change = राज्य बदलें

cards-title = अधिकारी को दिखाने वाले कार्ड
cards-for-agent = अधिकारी के लिए:
cards-next = अगला कार्ड
cards-previous = पिछला कार्ड
cards-close = बंद करें
guide-show-card = कार्ड दिखाएँ
nav-print = कार्ड प्रिंट करें
print-title = जेब में रखने वाले कार्ड प्रिंट करें
print-hint = क्लिनिकों के लिए: कागज़ के दोनों तरफ़ प्रिंट करें, लंबे किनारे से पलटकर, फिर स्लेटी लाइनों पर काटें।
print-clinic = आपके क्लिनिक की लाइन (ज़रूरी नहीं)
print-button = प्रिंट करें

warrant-title = वारंट जाँचें
warrant-intro = कागज़ के बारे में कुछ सवालों के जवाब दें। ऐसा करते समय दरवाज़ा बंद रखें।
warrant-start-over = फिर से शुरू करें
warrant-tone-stop = दरवाज़ा बंद रखें
warrant-tone-caution = सावधान रहें
warrant-tone-enter = वे अंदर आ सकते हैं
warrant-picture-compare = बाएँ: जज के वारंट में सबसे ऊपर किसी अदालत का नाम होता है। दाएँ: { -ice } फ़ॉर्म पर { -dhs } की मुहर होती है।
warrant-picture-signature = बाएँ: अदालती वारंट पर जज साइन करता है। दाएँ: { -ice } वारंट पर इमिग्रेशन अधिकारी साइन करता है।

language-title = अपनी भाषा चुनें
language-machine = मशीन की मदद से अनुवाद किया गया
notice-machine-assisted = यह अनुवाद मशीन की मदद से किया गया है। किसी व्यक्ति ने अभी तक इसे जाँचा नहीं है। बोलने वाले वाक्यों के साथ अंग्रेज़ी भी दिखती है।

section-first = पहले यह करें
section-do = करें
section-dont = न करें
section-say = क्या कहें
section-why = क्यों: कानून
section-unsettled = जहाँ कानून साफ़ नहीं है
section-lawyer = वकील की मदद लें

phrase-english-label = अंग्रेज़ी में:
guide-reviewed-by = { $by } ने { $date } को इसे इसके स्रोतों से मिलाकर जाँचा।
guide-not-lawyer-reviewed = किसी वकील ने अभी तक इस गाइड को नहीं जाँचा है।
guide-lawyer-reviewed = एक वकील ({ $by }) ने { $date } को इसे जाँचा।
guide-stale = इस गाइड को आख़िरी बार { $date } को जाँचा गया था, यानी एक साल से ज़्यादा पहले। हो सकता है कि कानून बदल गया हो।
guide-sources = इस गाइड के स्रोत
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } स्रोत
   *[other] { $count } स्रोत
}
guide-terms = जानने लायक शब्द:
citation-sources = स्रोत
citation-read-on = { $date } को पढ़ा गया
citation-kind-constitution = संविधान
citation-kind-statute = कानून
citation-kind-regulation = सरकारी नियम
citation-kind-court = अदालत का फ़ैसला
citation-kind-agency = सरकारी एजेंसी
citation-kind-organization = कानूनी संगठन
citation-kind-news = ख़बर

error-storage = ऐप अपना डेटा नहीं पढ़ सका। आपका सेव किया हुआ डेटा नहीं बदला गया।
error-content = ऐप की सामग्री में कोई समस्या है। कृपया ऐप अपडेट करें।
error-unknown-guide = यह गाइड ऐप में नहीं है।
error-unknown-locale = यह भाषा ऐप में नहीं है।
error-unknown-state = यह राज्य ऐप में नहीं है।
notice-user-db-unreadable = आपकी सेव की हुई सेटिंग्स पढ़ी नहीं जा सकीं। फ़ाइल को जैसी थी वैसी ही रखा गया है। अभी के लिए ऐप डिफ़ॉल्ट सेटिंग्स इस्तेमाल कर रहा है।
date-format = { $day } { $month } { $year }
month-1 = जनवरी
month-2 = फ़रवरी
month-3 = मार्च
month-4 = अप्रैल
month-5 = मई
month-6 = जून
month-7 = जुलाई
month-8 = अगस्त
month-9 = सितंबर
month-10 = अक्टूबर
month-11 = नवंबर
month-12 = दिसंबर

## Search
search-label = खोजें
search-hint = दरवाज़ा, वकील…
search-clear = खोज मिटाएँ
search-none = कुछ नहीं मिला। छोटा शब्द लिखकर देखें, या होम स्क्रीन पर कोई विषय चुनें।
search-count = { $count ->
    [one] { $count } नतीजा
   *[other] { $count } नतीजे
}
search-in-english = अंग्रेज़ी में
search-kind-guide = गाइड
search-kind-card = दिखाने वाला कार्ड
search-kind-term = जानने लायक शब्द
search-kind-state = राज्य का कानून
