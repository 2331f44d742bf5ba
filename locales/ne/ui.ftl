# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = नेपाली
app-title = आफ्नो अधिकार जान्नुहोस्
loading = लोड हुँदैछ…

home-urgent = अहिले नै तपाईंलाई रोकिएको छ?
home-urgent-hint = पहिलो कदमहरू, छिटो
home-scenarios = के भइरहेको छ?
home-short-door = मेरो ढोकामा
home-short-car = गाडीमा
home-short-street = सडकमा
home-short-arrest = हिरासतमा
home-warrant = वारेन्ट जाँच्नुहोस्
home-warrant-hint = तपाईंको ढोकामा कुनै कागज? यसलाई एक-एक चरण गरी जाँच्नुहोस्।
home-more = थप
home-cards = अधिकारीलाई कार्ड देखाउनुहोस्
home-cards-hint = ठूला अक्षरमा अङ्ग्रेजी, तल तपाईंको भाषा।
disclaimer = कानुनी जानकारी, कानुनी सल्लाह होइन।

nav-back = पछाडि
nav-language = भाषा
nav-home = गृहपृष्ठ
nav-glossary = जान्नुपर्ने शब्दहरू
nav-settings = सेटिङहरू

glossary-title = जान्नुपर्ने शब्दहरू
settings-title = सेटिङहरू
settings-state = तपाईंको राज्य
settings-state-hint = केही गाइडहरूले तपाईंको राज्यका नियमहरू देखाउँछन्। तपाईंको छनोट यही फोनमा रहन्छ।
settings-state-none = छानिएको छैन
state-picker-title = आफ्नो राज्य छान्नुहोस्
state-note-heading = तपाईंको राज्य: { $state }
state-note-choose = नाम बताउनेबारे तपाईंको राज्यको नियम हेर्न आफ्नो राज्य छान्नुहोस्।
state-note-change = राज्य बदल्नुहोस्

cards-title = अधिकारीलाई देखाउने कार्डहरू
cards-for-agent = अधिकारीका लागि:
cards-next = अर्को कार्ड
cards-previous = अघिल्लो कार्ड
cards-close = बन्द गर्नुहोस्
guide-show-card = कार्ड देखाउनुहोस्
nav-print = कार्ड प्रिन्ट गर्नुहोस्
print-title = पर्समा राख्ने कार्ड प्रिन्ट गर्नुहोस्
print-hint = क्लिनिकहरूका लागि: कागजको दुवैतर्फ प्रिन्ट गर्नुहोस्, लामो किनाराबाट पल्टाएर, अनि खरानी रङका रेखाहरूमा काट्नुहोस्।
print-clinic = तपाईंको क्लिनिकको लाइन (ऐच्छिक)
print-button = प्रिन्ट गर्नुहोस्

warrant-title = वारेन्ट जाँच्नुहोस्
warrant-intro = कागजबारे केही प्रश्नको उत्तर दिनुहोस्। यो गर्दा ढोका बन्द नै राख्नुहोस्।
warrant-start-over = फेरि सुरु गर्नुहोस्
warrant-tone-stop = ढोका बन्द राख्नुहोस्
warrant-tone-caution = सावधान रहनुहोस्
warrant-tone-enter = उनीहरू भित्र आउन सक्छन्
warrant-picture-compare = बायाँ: न्यायाधीशको वारेन्टको माथि अदालतको नाम हुन्छ। दायाँ: { -ice }को फारममा { -dhs }को छाप हुन्छ।
warrant-picture-signature = बायाँ: अदालती वारेन्टमा न्यायाधीशले हस्ताक्षर गर्छन्। दायाँ: { -ice } वारेन्टमा अध्यागमन अधिकारीले हस्ताक्षर गर्छन्।

language-title = आफ्नो भाषा छान्नुहोस्
language-machine = मेसिनको सहायताले अनुवाद गरिएको
notice-machine-assisted = यो अनुवाद मेसिनको सहायताले गरिएको हो। कुनै व्यक्तिले यसलाई अझै जाँचेका छैनन्। वाक्यहरूमा अङ्ग्रेजी पनि देखिन्छ।

section-first = पहिले यो गर्नुहोस्
section-do = गर्नुहोस्
section-dont = नगर्नुहोस्
section-say = के भन्ने
section-why = किन: कानुन
section-unsettled = जहाँ कानुन स्पष्ट छैन
section-lawyer = वकिलको सहायता लिनुहोस्

phrase-english-label = अङ्ग्रेजीमा:
guide-reviewed-by = { $date } मा { $by } द्वारा यसका स्रोतहरूसँग भिडाएर जाँचिएको।
guide-not-lawyer-reviewed = कुनै वकिलले यो गाइड अझै समीक्षा गरेको छैन।
guide-lawyer-reviewed = { $date } मा वकिल ({ $by }) द्वारा समीक्षा गरिएको।
guide-stale = यो गाइड अन्तिम पटक { $date } मा जाँचिएको थियो, एक वर्षभन्दा पहिले। कानुन बदलिएको हुन सक्छ।
guide-sources = यस गाइडका स्रोतहरू
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } स्रोत
   *[other] { $count } स्रोतहरू
}
guide-terms = जान्नुपर्ने शब्दहरू:
citation-sources = स्रोतहरू
citation-read-on = { $date } मा पढिएको
citation-kind-constitution = संविधान
citation-kind-statute = कानुन
citation-kind-regulation = नियमावली
citation-kind-court = अदालतको फैसला
citation-kind-agency = सरकारी निकाय
citation-kind-organization = कानुनी संस्था
citation-kind-news = समाचार

error-storage = एपले आफ्नो डेटा पढ्न सकेन। तपाईंको सुरक्षित गरिएको डेटा परिवर्तन भएको छैन।
error-content = एपको सामग्रीमा समस्या छ। कृपया एप अपडेट गर्नुहोस्।
error-unknown-guide = यो गाइड एपमा छैन।
error-unknown-locale = यो भाषा एपमा छैन।
error-unknown-state = यो राज्य एपमा छैन।
notice-user-db-unreadable = तपाईंका सुरक्षित गरिएका सेटिङहरू पढ्न सकिएन। फाइललाई जस्ताको तस्तै राखिएको छ। अहिलेका लागि एपले पूर्वनिर्धारित सेटिङहरू प्रयोग गर्छ।
date-format = { $day } { $month } { $year }
month-1 = जनवरी
month-2 = फेब्रुअरी
month-3 = मार्च
month-4 = अप्रिल
month-5 = मे
month-6 = जुन
month-7 = जुलाई
month-8 = अगस्ट
month-9 = सेप्टेम्बर
month-10 = अक्टोबर
month-11 = नोभेम्बर
month-12 = डिसेम्बर

## Search
search-label = खोज्नुहोस्
search-hint = ढोका, वकिल…
search-clear = खोज मेटाउनुहोस्
search-none = केही भेटिएन। छोटो शब्द लेखेर हेर्नुहोस्, वा गृहपृष्ठमा कुनै विषय छान्नुहोस्।
search-count = { $count ->
    [one] { $count } नतिजा
   *[other] { $count } नतिजाहरू
}
search-in-english = अङ्ग्रेजीमा
search-kind-guide = गाइड
search-kind-card = देखाउने कार्ड
search-kind-term = जान्नुपर्ने शब्द
search-kind-state = राज्यको कानुन
