# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = በወረቀቱ አናት ላይ ምን ተጽፏል?
warrant-h-top = ወረቀቱን በበሩ ሥር እንዲያስገቡት ወይም በመስኮት በኩል ከፍ አድርገው እንዲያሳዩት ይጠይቁ። በሩን አይክፈቱ።
warrant-a-top-court = የፍርድ ቤት ስም፣ ለምሳሌ "United States District Court" (የአሜሪካ ዲስትሪክት ፍርድ ቤት)
warrant-a-top-dhs = "{ -dhs-on-papers }"፣ ወይም ቅጽ I-200 ወይም I-205
warrant-a-unsure = ማወቅ አልቻልኩም
warrant-q-signed = ማን ፈረመበት?
warrant-h-signed = ከታች ይመልከቱ። የፈራሚው ማዕረግ ከፊርማው ሥር ታትሟል።
warrant-a-signed-judge = ዳኛ ወይም ማጂስትሬት ዳኛ ("magistrate judge")
warrant-a-signed-officer = የኢሚግሬሽን መኮንን ወይም ወኪል
warrant-q-name = ለእርስዎ ወይም ለቤትዎ የተሰጠ ነው፣ ስሙ እና አድራሻውም በትክክል ተጽፈዋል?
warrant-h-name = የሰውየውን ስም እና አድራሻውን ያረጋግጡ።
warrant-a-name-yes = አዎ፣ ትክክል ናቸው
warrant-a-name-no = አይ፣ ስሙ ወይም አድራሻው ስህተት ነው
warrant-q-allows = ምን እንዲያደርጉ ይፈቅድላቸዋል?
warrant-h-allows = "search" (ፍተሻ) ወይም "arrest" (እስር) የሚሉትን ቃላት ይፈልጉ።
warrant-a-allows-search = አንድን ቦታ መፈተሽ። አድራሻዬን ይጠቅሳል።
warrant-a-allows-arrest = አንድን ሰው ማሰር። የአንድ ሰው ስም ይጠቅሳል።

warrant-r-admin-title = ይህ የ{ -ice } ማዘዣ ነው እንጂ የዳኛ ማዘዣ አይደለም።
warrant-r-admin-1 = የፈረመው የኢሚግሬሽን መኮንን ነው እንጂ ዳኛ አይደለም።
warrant-r-admin-2 = በሩን ዘግተው ይቆዩ። እንዲገቡ ፈቃድ እንደማይሰጡ ይናገሩ።
warrant-r-admin-3 = { -ice } በሜይ 2025 ያወጣው ማስታወሻ፣ የመጨረሻ የማስወጣት ትዕዛዝ ያለበትን ሰው ለማሰር ወኪሎች የI-205 ማዘዣ ይዘው በኃይል ሊገቡ ይችላሉ ይላል። ሰዎች ይህን በፍርድ ቤት እየተቃወሙት ነው። ያም ሆኖ ወኪሎች ከገቡ፣ አይታገሉ። ዝም ይበሉ፣ ጠበቃም ይጠይቁ።
warrant-r-unsure-title = ይህ ወረቀት ምን እንደሆነ እርግጠኛ መሆን አይችሉም።
warrant-r-unsure-1 = በሩን ዘግተው ይቆዩ። ከዳኛ የሚመጣ ማዘዣ ከላይ የፍርድ ቤት ስም አለው፤ የሚፈርመውም ዳኛ ነው።
warrant-r-unsure-2 = ከቻሉ፣ አሁኑኑ ወደ ጠበቃ ወይም ወደ አስቸኳይ ምላሽ የስልክ መስመር ይደውሉ።
warrant-r-wrong-title = ይህ ማዘዣ ለእርስዎ ወይም ለቤትዎ ላይሆን ይችላል።
warrant-r-wrong-1 = ስሙ ወይም አድራሻው ስህተት መሆኑን በተዘጋው በር በኩል ይንገሯቸው። በሩን አይክፈቱ።
warrant-r-wrong-2 = ያም ሆኖ ከገቡ፣ አይታገሉ። ዝም ይበሉ። የሆነውን ያስታውሱ፣ በኋላም ይጻፉት።
warrant-r-search-title = የዳኛ የፍተሻ ማዘዣ ገብተው እንዲፈትሹ ይፈቅድላቸዋል።
warrant-r-search-1 = ማዘዣው የሚዘረዝራቸውን ቦታዎች ሊፈትሹ ይችላሉ። አያግዷቸው፣ አይታገሉም።
warrant-r-search-2 = አሁንም ዝም ማለት ይችላሉ። የት እንደተወለዱ ወይም የኢሚግሬሽን ሁኔታዎ ምን እንደሆነ መናገር አይገደዱም።
warrant-r-search-3 = የማዘዣውን ቅጂ ይጠይቁ። በተቻለዎት ፍጥነት ወደ ጠበቃ ይደውሉ።
warrant-r-arrest-title = የዳኛ የእስር ማዘዣ በማዘዣው ላይ የተጠቀሰውን ሰው እንዲያስሩ ይፈቅድላቸዋል።
warrant-r-arrest-1 = ማዘዣው ስለዚያ ሰው ነው። ይረጋጉ፣ አይታገሉም።
warrant-r-arrest-2 = ምን እንዲያደርጉ እንደሚፈቅድላቸው እርግጠኛ ካልሆኑ፣ በሩን ዘግተው ይቆዩ እና ወደ ጠበቃ ይደውሉ። ዝም ይበሉ፣ ምንም ነገር አይፈርሙ።
