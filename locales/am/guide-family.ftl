# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = የቤተሰብ ዝግጁነት ዕቅድ
family-summary = ቤተሰብዎ ምን ማድረግ እንዳለበት እንዲያውቅ፣ አሁኑኑ ይዘጋጁ።
family-first = ቢታሰሩ ልጆችዎን ማን እንደሚንከባከብ አሁኑኑ ዕቅድ ያውጡ።
family-do-memorize = ቢያዙ ሊደውሉለት የሚችሉትን የቤተሰብ አባል፣ የጓደኛ ወይም የጠበቃ ስልክ ቁጥር በቃልዎ ይያዙ።
family-do-a-number = ቤተሰብዎ እርስዎን ማግኘት እንዲችሉ A-ቁጥርዎን (A-number) ይጻፉ፤ ለቤተሰብዎም ያካፍሉ።
family-do-documents = አስፈላጊ ወረቀቶችን በአንድ ላይ በአስተማማኝ ቦታ ያስቀምጡ፦ የልደት ምስክር ወረቀቶች፣ ፓስፖርቶች፣ የልጆችዎ ወረቀቶች። የት እንዳሉ ለሚያምኑት ሰው ይንገሩ።
family-do-caregiver = ልጆችዎን የሚንከባከብ ሰው ይምረጡ። በጽሑፍ ያስቀምጡት። እንደ ካሊፎርኒያ ያሉ አንዳንድ ግዛቶች ለዚህ የሚሆን ቅጽ አላቸው።
family-do-money = ቤተሰብዎ ነገሮችን መምራት እንዲችል፣ ለገንዘብ፣ ለባንክ ሂሳቦች እና ለቤት ኪራይ ውልዎ ያቅዱ።
family-do-lawyer = አሁኑኑ ጠበቃ ያግኙ። አንዳንድ ቤተሰቦች ከጠበቃቸው ጋር አንድ ቅጽ (G-28) አስቀድመው ይሞላሉ።
family-dont-passport = ፓስፖርትዎን ወይም የቤተሰብዎን ፓስፖርቶች ለ{ -ice } በራስዎ ተነሳሽነት አይስጡ። የማስወጣት ትዕዛዝ (order of removal) ካለዎት፣ የጉዞ ሰነዶችን እንዲሰጡ የቀረበልዎትን ጥያቄ እምቢ ከማለትዎ በፊት ጠበቃ ይጠይቁ።
family-dont-wait = ዕቅዱን ለማውጣት አስቸኳይ ሁኔታ እስኪፈጠር አይጠብቁ።
family-why-plan = የሕግ ድጋፍ ሰጪ ቡድኖች እያንዳንዱ ቤተሰብ ዕቅድ እንዲኖረው ይመክራሉ፤ ዕቅዱም ልጆቹን ማን እንደሚንከባከብ ላይ የተመሠረተ መሆን አለበት።
family-unsettled-state = ተንከባካቢን ለመሰየም የሚያገለግሉ ቅጾች በየግዛቱ ይለያያሉ። የትኛውን መጠቀም እንዳለብዎ በአካባቢዎ ያለ ጠበቃ ይጠይቁ።
