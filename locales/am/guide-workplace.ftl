# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = በሥራ ቦታ
work-summary = የኢሚግሬሽን ወኪሎች ወደ ሥራ ቦታዎ ይመጣሉ።
work-first = ይረጋጉ። አይሩጡ።
work-do-warrant = ወኪሎቹ በዳኛ የተፈረመ ማዘዣ እንዳላቸው ይጠይቁ። የ{ -ice } ማዘዣ ብቻውን ወደ ሥራ ቦታው የግል ክፍሎች እንዲገቡ አይፈቅድላቸውም።
work-do-private = ለሕዝብ ክፍት ወዳልሆኑ ቦታዎች ለመግባት ወኪሎች የዳኛ ማዘዣ ወይም የአሠሪውን ፈቃድ ያስፈልጋቸዋል።
work-do-silent = ዝም ማለት ይችላሉ። የት እንደተወለዱ ወይም የኢሚግሬሽን ሁኔታዎ ምን እንደሆነ መናገር አይገደዱም።
work-do-lawyer = ጠበቃ ይጠይቁ። ጠበቃ ሳያነጋግሩ ምንም ወረቀት አይፈርሙ።
work-dont-lie = አይዋሹ። የሐሰት ወረቀቶችን አያሳዩ።
work-dont-hide = አይደበቁ ወይም አይሩጡ። ከወኪሎች ጋር አይታገሉ።
work-why-warrant = የACLU "መብትዎን ይወቁ" መመሪያዎች እንደሚሉት፣ በመኮንን የተፈረመ የ{ -ice } ማዘዣ ለወኪሎች ወደ ውስጥ የመግባት ሕጋዊ ሥልጣን አይሰጥም።
work-why-silence = የአሜሪካ ሕገ መንግሥት ለሁሉም ሰው፣ የኢሚግሬሽን ሁኔታው ምንም ይሁን ምን፣ ዝም የማለት መብት ይሰጣል።
work-unsettled-employer = አሠሪዎ ምን ሊፈቅድ እንደሚችል፣ እና የትኞቹ ቦታዎች ለሕዝብ ክፍት እንደሆኑ የሚቆጠሩት እንደ ቦታው ይለያያል። የሠራተኞች መብት ቡድንን ወይም ጠበቃን ያነጋግሩ።
