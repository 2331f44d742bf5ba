# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = አማርኛ
app-title = መብትዎን ይወቁ
loading = በመጫን ላይ…

home-urgent = አሁን አስቁመውዎታል?
home-urgent-hint = የመጀመሪያዎቹ እርምጃዎች፣ በፍጥነት
home-scenarios = ምን እየሆነ ነው?
home-short-door = በቤቴ በር ላይ
home-short-car = በመኪና ውስጥ
home-short-street = መንገድ ላይ
home-short-arrest = በእስር ላይ
home-warrant = ማዘዣ ይፈትሹ
home-warrant-hint = በርዎ ላይ ወረቀት አለ? ደረጃ በደረጃ ይፈትሹት።
home-more = ተጨማሪ
home-cards = ለመኮንን ካርድ ያሳዩ
home-cards-hint = ትልቅ የእንግሊዝኛ ጽሑፍ፣ ከሥሩ በእርስዎ ቋንቋ።
disclaimer = የሕግ መረጃ እንጂ የሕግ ምክር አይደለም።

nav-back = ወደ ኋላ
nav-language = ቋንቋ
nav-home = መነሻ
nav-glossary = ሊያውቋቸው የሚገቡ ቃላት
nav-settings = ቅንብሮች

glossary-title = ሊያውቋቸው የሚገቡ ቃላት
settings-title = ቅንብሮች
settings-state = የእርስዎ ግዛት
settings-state-hint = አንዳንድ መመሪያዎች የግዛትዎን ሕጎች ያሳያሉ። ምርጫዎ በዚህ ስልክ ላይ ይቀመጣል።
settings-state-none = አልተመረጠም
state-picker-title = ግዛትዎን ይምረጡ
state-note-heading = የእርስዎ ግዛት፦ { $state }
state-note-choose = ስምዎን ስለመስጠት የግዛቱን ሕግ ለማየት ግዛትዎን ይምረጡ።
state-note-change = ግዛት ይቀይሩ

cards-title = ለመኮንን የሚያሳዩ ካርዶች
cards-for-agent = ለመኮንኑ፦
cards-next = ቀጣይ ካርድ
cards-previous = ቀዳሚ ካርድ
cards-close = ዝጋ
guide-show-card = ካርድ አሳይ
nav-print = ካርዶችን ያትሙ
print-title = የኪስ ካርዶችን ያትሙ
print-hint = ለሕግ ድጋፍ ማዕከላት፦ በወረቀቱ በሁለቱም ገጽ ያትሙ፤ በረጅሙ ጠርዝ ይገልብጡ፤ ከዚያም በግራጫ መስመሮቹ ላይ ይቁረጡ።
print-clinic = የማዕከልዎ መረጃ መስመር (አማራጭ)
print-button = አትም

warrant-title = ማዘዣ ይፈትሹ
warrant-intro = ስለ ወረቀቱ ጥቂት ጥያቄዎችን ይመልሱ። ይህን ሲያደርጉ በሩን ዘግተው ይቆዩ።
warrant-start-over = እንደገና ይጀምሩ
warrant-tone-stop = በሩን ዘግተው ይቆዩ
warrant-tone-caution = ይጠንቀቁ
warrant-tone-enter = ሊገቡ ይችላሉ
warrant-picture-compare = ግራ፦ የዳኛ ማዘዣ ከላይ የፍርድ ቤት ስም አለው። ቀኝ፦ የ{ -ice } ቅጽ የ{ -dhs } ማኅተም አለው።
warrant-picture-signature = ግራ፦ የፍርድ ቤት ማዘዣን የሚፈርመው ዳኛ ነው። ቀኝ፦ የ{ -ice } ማዘዣን የሚፈርመው የኢሚግሬሽን መኮንን ነው።

language-title = ቋንቋዎን ይምረጡ
language-machine = በማሽን እገዛ የተተረጎመ
notice-machine-assisted = ይህ ትርጉም የተሠራው በማሽን እገዛ ነው። እስካሁን በሰው አልተፈተሸም። ሐረጎቹ እንግሊዝኛውንም ያሳያሉ።

section-first = መጀመሪያ ይህን ያድርጉ
section-do = ያድርጉ
section-dont = አያድርጉ
section-say = ምን ማለት እንዳለብዎ
section-why = ለምን፦ ሕጉ
section-unsettled = ሕጉ ግልጽ ያልሆነበት
section-lawyer = ጠበቃ ያግኙ

phrase-english-label = በእንግሊዝኛ፦
guide-reviewed-by = { $by } ይህን መመሪያ በ{ $date } ከምንጮቹ ጋር አመሳክሮታል።
guide-not-lawyer-reviewed = ይህን መመሪያ እስካሁን ጠበቃ አልገመገመውም።
guide-lawyer-reviewed = በጠበቃ ({ $by }) በ{ $date } ተገምግሟል።
guide-stale = ይህ መመሪያ ለመጨረሻ ጊዜ የተፈተሸው በ{ $date } ነው፤ ከአንድ ዓመት በላይ ሆኖታል። ሕጉ ተቀይሮ ሊሆን ይችላል።
guide-sources = የዚህ መመሪያ ምንጮች
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } ምንጭ
   *[other] { $count } ምንጮች
}
guide-terms = ሊያውቋቸው የሚገቡ ቃላት፦
citation-sources = ምንጮች
citation-read-on = በ{ $date } የተነበበ
citation-kind-constitution = ሕገ መንግሥት
citation-kind-statute = ሕግ
citation-kind-regulation = ደንብ
citation-kind-court = የፍርድ ቤት ውሳኔ
citation-kind-agency = የመንግሥት መሥሪያ ቤት
citation-kind-organization = የሕግ ድርጅት
citation-kind-news = የዜና ዘገባ

error-storage = መተግበሪያው መረጃውን ማንበብ አልቻለም። የተቀመጠው መረጃዎ አልተቀየረም።
error-content = የመተግበሪያው ይዘት ችግር አለበት። እባክዎ መተግበሪያውን ያዘምኑ።
error-unknown-guide = ይህ መመሪያ በመተግበሪያው ውስጥ የለም።
error-unknown-locale = ይህ ቋንቋ በመተግበሪያው ውስጥ የለም።
error-unknown-state = ይህ ግዛት በመተግበሪያው ውስጥ የለም።
notice-user-db-unreadable = የተቀመጡ ቅንብሮችዎን ማንበብ አልተቻለም። ፋይሉ እንዳለ ተቀምጧል። መተግበሪያው ለጊዜው መደበኛ ቅንብሮችን ይጠቀማል።
date-format = { $month } { $day } ቀን { $year }
month-1 = ጃንዋሪ
month-2 = ፌብሩዋሪ
month-3 = ማርች
month-4 = ኤፕሪል
month-5 = ሜይ
month-6 = ጁን
month-7 = ጁላይ
month-8 = ኦገስት
month-9 = ሴፕቴምበር
month-10 = ኦክቶበር
month-11 = ኖቬምበር
month-12 = ዲሴምበር

## Search
search-label = ፍለጋ
search-hint = በር፣ ጠበቃ…
search-clear = ፍለጋውን አጽዳ
search-none = ምንም አልተገኘም። አጠር ያለ ቃል ይሞክሩ፣ ወይም በመነሻ ገጹ ላይ ርዕስ ይምረጡ።
search-count = { $count ->
    [one] { $count } ውጤት
   *[other] { $count } ውጤቶች
}
search-in-english = በእንግሊዝኛ
search-kind-guide = መመሪያ
search-kind-card = የሚያሳዩት ካርድ
search-kind-term = ሊያውቁት የሚገባ ቃል
search-kind-state = የግዛት ሕግ
