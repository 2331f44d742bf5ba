# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = የድንበር አካባቢ፣ የፍተሻ ጣቢያዎች እና አውሮፕላን ማረፊያዎች
border-summary = የሚኖሩት ወይም የሚጓዙት ድንበር አቅራቢያ ነው፣ ወይም በአውሮፕላን ይጓዛሉ።
border-first = በድንበር እና በአውሮፕላን ማረፊያዎች ሕጎቹ የተለዩ ናቸው። እዚያ ወኪሎች የበለጠ ሥልጣን አላቸው።
border-do-checkpoint = በቋሚ የፍተሻ ጣቢያ፣ ወኪሎች እያንዳንዱን መኪና አስቁመው ጥቂት አጫጭር ጥያቄዎችን ሊጠይቁ ይችላሉ። ዝም ማለት ይችላሉ።
border-do-no-search = ከፍተሻ ጣቢያ ውጭ፣ መኪናዎ እንዲፈተሽ እምቢ ማለት ይችላሉ።
border-do-phone = ድንበር ከመሻገርዎ በፊት የፊት እና የጣት አሻራ መክፈቻን ያጥፉ፤ በስልክዎ ላይም ያነሰ መረጃ ይዘው ይጓዙ።
border-do-papers = የኢሚግሬሽን ወረቀቶች ካሉዎት ይያዟቸው። ወረቀቶቹ የተሰጧቸው አዋቂዎች መያዝ ግዴታቸው ነው።
border-dont-lie = ለድንበር ወኪሎች አይዋሹ። የሐሰት ወረቀቶችን አያሳዩ።
border-dont-run = አይሩጡ ወይም አይቋቋሙ።
border-why-zone = የፌዴራል ሕግ ወኪሎች ከድንበሩ "reasonable distance" (ምክንያታዊ ርቀት) ውስጥ ወረቀት የሌላቸውን ሰዎች ለማግኘት ተሽከርካሪዎችን እንዲፈትሹ ይፈቅዳል፤ ደንቦች ይህን ርቀት 100 የአየር ማይል አድርገውታል።
border-why-stop = በድንበር አካባቢም ወኪሎች መኪናን ለማስቆም አሁንም ምክንያታዊ ጥርጣሬ ያስፈልጋቸዋል። ከቋሚ ጣቢያ ውጭ በሚዘዋወሩ ወኪሎች የሚደረግ የመኪና ፍተሻ በቂ ምክንያት (probable cause) ወይም የእርስዎን ፈቃድ ይጠይቃል።
border-why-checkpoint = የአሜሪካ ጠቅላይ ፍርድ ቤት በቋሚ የፍተሻ ጣቢያዎች ያለ ጥርጣሬ ለአጭር ጊዜ ማስቆምን ይፈቅዳል።
border-unsettled-expedited = ያለ ፍርድ ቤት ችሎት የሚደረግ ፈጣን ማስወጣት አሁን እዚህ ሁለት ዓመት መኖራቸውን ማሳየት ለማይችሉ ሰዎች በአሜሪካ ውስጥ በየትኛውም ቦታ ይደርሳል። ፍርድ ቤቶች ይህን ከአንድ ጊዜ በላይ ቀይረውታል።
border-unsettled-phones = በድንበር ላይ የስልክ ፍተሻ ሕጎች እየተቀየሩ ነው። ስለ ስልክዎ ያለውን መመሪያ ይመልከቱ።
