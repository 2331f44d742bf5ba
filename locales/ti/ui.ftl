# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = ትግርኛ
app-title = መሰላትኩም ፍለጡ
loading = ይጽዓን ኣሎ…

home-urgent = ሕጂ ደው ኣቢሎምኩም ድዮም?
home-urgent-hint = ቀዳሞት ስጉምትታት፣ ብቕልጡፍ
home-scenarios = እንታይ ይፍጸም ኣሎ?
home-short-door = ኣብ ማዕጾይ
home-short-car = ኣብ መኪና
home-short-street = ኣብ ጎደና
home-short-arrest = ኣብ ማእሰርቲ
home-warrant = ትእዛዝ (warrant) ኣረጋግጹ
home-warrant-hint = ኣብ ማዕጾኹም ወረቐት ኣሎ ድዩ? ስጉምቲ ብስጉምቲ ኣረጋግጽዎ።
home-more = ተወሳኺ
home-cards = ንኣባል ጸጥታ ካርድ ኣርእዩ
home-cards-hint = ዓቢ ጽሑፍ ብእንግሊዝኛ፣ ኣብ ትሕቲኡ ብቋንቋኹም።
disclaimer = ሕጋዊ ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን።

nav-back = ንድሕሪት
nav-language = ቋንቋ
nav-home = ቀንዲ ገጽ
nav-glossary = ኣገደስቲ ቃላት
nav-settings = ምድላዋት

glossary-title = ኣገደስቲ ቃላት
settings-title = ምድላዋት
settings-state = ክፍለ ሃገርኩም (ስቴት)
settings-state-hint = ገለ መምርሒታት ሕግታት ክፍለ ሃገርኩም የርእዩ። ምርጫኹም ኣብዚ ተሌፎን ይተርፍ።
settings-state-none = ኣይተመርጸን
state-picker-title = ክፍለ ሃገርኩም ምረጹ
state-note-heading = ክፍለ ሃገርኩም: { $state }
state-note-choose = ብዛዕባ ስምኩም ምሃብ ዘለዎ ሕጊ ንምርኣይ፡ ክፍለ ሃገርኩም ምረጹ።
state-note-change = ክፍለ ሃገር ቀይሩ

cards-title = ንኣባል ጸጥታ ዝርኣዩ ካርድታት
cards-for-agent = ንኦፊሰር:
cards-next = ዝቕጽል ካርድ
cards-previous = ዝሓለፈ ካርድ
cards-close = ዕጸዉ
guide-show-card = ካርድ ኣርእዩ
nav-print = ካርድታት ሕተሙ
print-title = ናይ ጁባ ካርድታት ሕተሙ
print-hint = ንማእከላት ሕጋዊ ሓገዝ: ኣብ ክልቲኡ ገጽ ናይቲ ወረቐት ሕተሙ፣ ብነዊሕ ወሰኑ ገልብጡ፣ ድሕሪኡ ነቶም ሓሙኽሽቲ መስመራት ተኸቲልኩም ቁረጹ።
print-clinic = ናይ ማእከልኩም መስመር ሓበሬታ (ኣማራጺ)
print-button = ሕተሙ

warrant-title = ትእዛዝ (warrant) ኣረጋግጹ
warrant-intro = ብዛዕባ እቲ ወረቐት ሒደት ሕቶታት መልሱ። ነዚ ክትገብሩ ከለኹም፡ ማዕጾ ዕጹው ይጽናሕ።
warrant-start-over = እንደገና ጀምሩ
warrant-tone-stop = ማዕጾ ዕጹው ይጽናሕ
warrant-tone-caution = ተጠንቀቑ
warrant-tone-enter = ክኣትዉ ይኽእሉ እዮም
warrant-picture-compare = ጸጋም: ናይ ዳኛ ትእዛዝ ኣብ ላዕሊ ስም ቤት ፍርዲ ኣለዎ። የማን: ቅጥዒ { -ice } ማሕተም { -dhs } ኣለዎ።
warrant-picture-signature = ጸጋም: ናይ ቤት ፍርዲ ትእዛዝ ብዳኛ ይፍረም። የማን: ናይ { -ice } ትእዛዝ ብኦፊሰር ኢሚግሬሽን ይፍረም።

language-title = ቋንቋኹም ምረጹ
language-machine = ብሓገዝ ማሽን ዝተተርጎመ
notice-machine-assisted = እዚ ትርጉም ብሓገዝ ማሽን እዩ ተሰሪሑ። ክሳብ ሕጂ ሰብ ኣይመርመሮን። ሓረጋት ነቲ ናይ እንግሊዝኛ ጽሑፍ'ውን የርእዩ።

section-first = ቅድሚ ኩሉ እዚ ግበሩ
section-do = ግበሩ
section-dont = ኣይትግበሩ
section-say = እንታይ ትብሉ
section-why = ስለምንታይ: እቲ ሕጊ
section-unsettled = ሕጊ ንጹር ዘይኮነሉ
section-lawyer = ጠበቓ ርኸቡ

phrase-english-label = ብእንግሊዝኛ:
guide-reviewed-by = ኣብ { $date } ብ{ $by } ምስ ምንጭታቱ ተነጻጺሩ ተመርሚሩ።
guide-not-lawyer-reviewed = እዚ መምርሒ ገና ብጠበቓ ኣይተመርመረን።
guide-lawyer-reviewed = ኣብ { $date } ብጠበቓ ({ $by }) ተመርሚሩ።
guide-stale = እዚ መምርሒ ንመወዳእታ ግዜ ዝተመርመረ ኣብ { $date } እዩ፣ ቅድሚ ልዕሊ ሓደ ዓመት። ሕጊ ተቐይሩ ክኸውን ይኽእል።
guide-sources = ምንጭታት ናይዚ መምርሒ
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } ምንጪ
   *[other] { $count } ምንጭታት
}
guide-terms = ኣገደስቲ ቃላት:
citation-sources = ምንጭታት
citation-read-on = ኣብ { $date } ዝተነበ
citation-kind-constitution = ቅዋም
citation-kind-statute = ሕጊ
citation-kind-regulation = ደንቢ
citation-kind-court = ውሳኔ ቤት ፍርዲ
citation-kind-agency = ትካል መንግስቲ
citation-kind-organization = ሕጋዊ ውድብ
citation-kind-news = ጸብጻብ ዜና

error-storage = እቲ ኣፕ ሓበሬታኡ ከንብብ ኣይከኣለን። ዝዓቀብኩምዎ ሓበሬታ ኣይተቐየረን።
error-content = ትሕዝቶ እቲ ኣፕ ጸገም ኣለዎ። በጃኹም ነቲ ኣፕ ኣሐድስዎ።
error-unknown-guide = እዚ መምርሒ ኣብቲ ኣፕ የለን።
error-unknown-locale = እዚ ቋንቋ ኣብቲ ኣፕ የለን።
error-unknown-state = እዚ ክፍለ ሃገር ኣብቲ ኣፕ የለን።
notice-user-db-unreadable = ዝዓቀብኩምዎ ምድላዋት ክንበብ ኣይከኣለን። እቲ ፋይል ከም ዘለዎ ተዓቂቡ ኣሎ። ንሕጂ እቲ ኣፕ ንቡር ምድላዋት ይጥቀም ኣሎ።
date-format = { $day } { $month } { $year }
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ

## Search
search-label = ድለዩ
search-hint = ማዕጾ፣ ጠበቓ…
search-clear = ምድላይ ኣጽሪ
search-none = ዋላ ሓደ ኣይተረኽበን። ዝሓጸረ ቃል ፈትኑ፣ ወይ ኣብ ቀንዲ ገጽ ኣርእስቲ ምረጹ።
search-count = { $count ->
    [one] { $count } ውጽኢት
   *[other] { $count } ውጽኢታት
}
search-in-english = ብእንግሊዝኛ
search-kind-guide = መምርሒ
search-kind-card = እተርእይዎ ካርድ
search-kind-term = ኣገዳሲ ቃል
search-kind-state = ሕጊ ክፍለ ሃገር
