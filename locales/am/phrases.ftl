# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = ዝም የማለት መብቴን እየተጠቀምኩ ነው።
phrase-no-search = ለፍተሻ ፈቃድ አልሰጥም።
phrase-free-to-go = መሄድ እችላለሁ?
phrase-lawyer = ከጠበቃ ጋር መነጋገር እፈልጋለሁ።
phrase-no-sign = ያለ ጠበቃ ምንም ነገር አልፈርምም።
phrase-no-entry = ወደ ቤቴ እንዲገቡ ፈቃድ አልሰጥም።
phrase-slide-warrant = እባክዎ ማዘዣውን በበሩ ሥር ያስገቡት።
phrase-no-scan = ለዚህ ስካን ፈቃድ አልሰጥም።
phrase-wrong-warrant = ይህ ማዘዣ የተሳሳተ ስም ወይም የተሳሳተ አድራሻ አለው።
phrase-no-phone-search = ስልኬ እንዲፈተሽ ፈቃድ አልሰጥም።
phrase-consulate = ቆንስላዬን ማግኘት እፈልጋለሁ።
phrase-recording = እየቀረጽኩ ነው። እንቅፋት እየሆንኩብዎ አይደለም።
phrase-license = መንጃ ፈቃዴ ይኸውልዎ። ስለ ሌላ ነገር ሁሉ ዝም እላለሁ።
