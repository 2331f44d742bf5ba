# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = ከወኪሎች ጋር ከተገናኙ በኋላ
after-summary = የሆነውን ይጻፉ፣ እርዳታ ያግኙ፣ የተወሰደን ሰው ያፈላልጉ።
after-first = ደህንነትዎ እንደተጠበቀ ወዲያውኑ የሆነውን ይጻፉ።
after-do-write = ቀኑን፣ ሰዓቱን እና ቦታውን፣ መኮንኖቹ ያሉትን እና ያደረጉትን፣ ስሞቻቸውን ወይም የባጅ ቁጥሮቻቸውን፣ የመኪና ሰሌዳዎችን፣ እና የወሰዱትን ይጻፉ።
after-do-witnesses = የምስክሮችን ስሞች እና ስልክ ቁጥሮች ይጻፉ። ፎቶዎችን እና ቪዲዮዎችን በጥንቃቄ ያስቀምጡ።
after-do-lawyer = ስለሆነው ነገር ከጠበቃ ወይም ከአስቸኳይ ምላሽ የስልክ መስመር ጋር ይነጋገሩ።
after-do-find = አንድ ሰው ከተወሰደ፣ የ{ -ice } Online Detainee Locator (የታሳሪዎች መፈለጊያ) ላይ ይፈልጉ፤ በሰውየው A-ቁጥር (A-number) እና የትውልድ አገር፣ ወይም በትክክለኛ ስሙ እና የትውልድ አገሩ።
after-do-line = እንዲሁም ወደ { -ice } የእስረኞች መረጃ የስልክ መስመር መደወል ይችላሉ፦ 1-888-351-4024
after-dont-post = ስለ አንድ ሰው የኢሚግሬሽን ሁኔታ ዝርዝር መረጃ በኢንተርኔት ላይ አይለጥፉ።
after-dont-sign = ጠበቃ ሳያነጋግሩ ለታሰረ ሰው ምንም ወረቀት አይፈርሙ።
after-why-record = በሕዝብ ቦታ ሥራቸውን የሚሠሩ ባለሥልጣናትን መቅረጽ በበርካታ የፌዴራል ይግባኝ ሰሚ ፍርድ ቤቶች ዘንድ የተጠበቀ ነው። ማስታወሻዎችዎ እና ቪዲዮዎችዎ ጠበቃን ሊረዱ ይችላሉ።
after-why-locator = Online Detainee Locator (የታሳሪዎች መፈለጊያ) የሚያስተዳድረው { -ice } ነው። በA-ቁጥር (A-number) እና በትውልድ አገር፣ ወይም በስም እና በትውልድ አገር መፈለግ ይችላሉ።
after-unsettled-locator = መፈለጊያው ሁሉንም ሰው ላያሳይ ይችላል። ከ18 ዓመት በታች የሆኑ ልጆች ላይታዩ ይችላሉ። ሰውየውን ማግኘት ካልቻሉ፣ ወደ ጠበቃ ይደውሉ።
