# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = መያዝ እና እስር
arrest-summary = እርስዎ ወይም የሚወዱት ሰው በኢሚግሬሽን ተይዘዋል ወይም ታስረዋል።
arrest-first = ዝም ይበሉ፣ ጠበቃም ይጠይቁ። ምንም ነገር አይፈርሙ።
arrest-do-lawyer = በኢሚግሬሽን ፍርድ ቤት ጠበቃ የማግኘት መብት አለዎት፤ ነገር ግን መንግሥት ለጠበቃ አይከፍልም። የነፃ የሕግ አገልግሎቶችን ዝርዝር ይጠይቁ።
arrest-do-consulate = ቆንስላዎን ለማግኘት መጠየቅ ይችላሉ። መኮንኖች ለታሰረ የውጭ አገር ዜጋ ስለዚህ መብት መንገር አለባቸው።
arrest-do-a-number = A-ቁጥር ካለዎት ይወቁት፣ ለቤተሰብዎም ይስጡት። እርስዎን ለማግኘት ይረዳቸዋል።
arrest-do-find = በ{ -ice } የተያዘን ሰው ለማግኘት የ{ -ice } Online Detainee Locator (የታሳሪዎች መፈለጊያ) ይጠቀሙ። በሰውየው A-ቁጥር እና የትውልድ አገር፣ ወይም በትክክለኛ ስሙ እና የትውልድ አገሩ ይፈልጉ።
arrest-do-line = ቤተሰቦችም ወደ { -ice } የእስረኞች መረጃ የስልክ መስመር መደወል ይችላሉ፦ 1-888-351-4024
arrest-dont-sign = ጠበቃ ሳያነጋግሩ፣ እንደ በፈቃድ አገር መልቀቅ (voluntary departure) ወይም በስምምነት መውጣት (stipulated removal) ያሉ ምንም ወረቀቶችን አይፈርሙ።
arrest-dont-lie = አይዋሹ። የሐሰት ወረቀቶችን አያሳዩ።
arrest-why-counsel = የፌዴራል ሕግ እንደሚለው፣ የማስወጣት ሂደት ላይ ያለ ሰው የመረጠውን ጠበቃ ሊያቆም ይችላል፤ ነገር ግን በመንግሥት ወጪ አይደለም።
arrest-why-consular = አንድ ዓለም አቀፍ ስምምነት፣ የቪየና የቆንስላ ግንኙነቶች ስምምነት (Vienna Convention on Consular Relations)፣ ባለሥልጣናት ለታሰረ የውጭ አገር ዜጋ ቆንስላው እንዲያውቅ ማድረግ እንደሚችል ሳይዘገዩ መንገር አለባቸው ይላል። ይህ የኢሚግሬሽን ሁኔታዎ ምንም ይሁን ምን ይሠራል።
arrest-why-locator = መፈለጊያው ከ18 ዓመት በታች የሆኑ ሰዎችን አያሳይም።
arrest-unsettled-silence = ዝም ማለትዎ በኢሚግሬሽን ፍርድ ቤት እንደ ማስረጃ በእርስዎ ላይ ሊቆጠር ይችል እንደሆነ ገና አልተወሰነም። ጠበቃዎን ይጠይቁ።
arrest-unsettled-locator = ምንጮቻችን ከተጻፉ በኋላ የመፈለጊያው የፍለጋ መስኮች ተቀይረው ሊሆን ይችላል።
