# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = ትምህርት ቤቶች፣ ሆስፒታሎች፣ የአምልኮ ቦታዎች፣ ፍርድ ቤቶች
places-summary = ወደ ትምህርት ቤት፣ ሆስፒታል፣ የአምልኮ ቦታ ወይም ፍርድ ቤት ይሄዳሉ።
places-first = እነዚህ ቦታዎች ከአሁን በኋላ የተጠበቁ ቦታዎች አይደሉም። ወኪሎች እዚያ እርምጃ ሊወስዱ ይችላሉ።
places-do-same = እዚያም መብቶችዎ ተመሳሳይ ናቸው፦ ዝም ይበሉ፣ ለፍተሻ ፈቃድ አይስጡ፣ ጠበቃ ይጠይቁ።
places-do-court = ወደ ፍርድ ቤት መሄድ ካለብዎ፣ መጀመሪያ ጠበቃ ያነጋግሩ፤ የጠበቃውንም ስልክ ቁጥር ይያዙ።
places-do-plan = የቤተሰብ ዕቅድ ያውጡ፦ እርስዎ ካልቻሉ ልጆችዎን ማን ሄዶ እንደሚወስዳቸው።
places-dont-lie = አይዋሹ። የሐሰት ወረቀቶችን አያሳዩ።
places-why-rescinded = በጃንዋሪ 20 ቀን 2025፣ መንግሥት በትምህርት ቤቶች፣ በሆስፒታሎች እና በአምልኮ ቦታዎች የሕግ ማስከበር እርምጃን የሚገድበውን ፖሊሲ አቁሟል። አሁን መኮንኖች እንደየጉዳዩ ይወስናሉ።
places-why-courts = በጃንዋሪ 2025፣ { -ice } በፍርድ ቤቶች ውስጥ ወይም አቅራቢያ የሚደረጉ እስሮችን የሚገድበውን የ2021 ማስታወሻውንም በሌላ ተክቷል።
places-unsettled-lawsuits = የሃይማኖት ቡድኖች የተጠበቁ ቦታዎች ፖሊሲ መቋረጡን በመቃወም ወደ ፍርድ ቤት ሄደዋል። ሕጎቹ እንደገና ሊቀየሩ ይችላሉ።
