# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = ስቕ ንምባል ዘለኒ መሰል እጥቀመሉ ኣለኹ።
phrase-no-search = ንፍተሻ ፍቓደኛ ኣይኮንኩን።
phrase-free-to-go = ክኸይድ ነጻ ድየ?
phrase-lawyer = ምስ ጠበቓ ክዛረብ እደሊ እየ።
phrase-no-sign = ብዘይ ጠበቓ ዝኾነ ነገር ኣይፍርምን እየ።
phrase-no-entry = ናብ ገዛይ ክትኣትዉ ፍቓደኛ ኣይኮንኩን።
phrase-slide-warrant = በጃኹም ነቲ ትእዛዝ ብትሕቲ ማዕጾ ኣሕልፍዎ።
phrase-no-scan = ነዚ ስካን ፍቓደኛ ኣይኮንኩን።
phrase-wrong-warrant = እዚ ትእዛዝ ጌጋ ስም ወይ ጌጋ ኣድራሻ ኣለዎ።
phrase-no-phone-search = ተሌፎነይ ንኽፍተሽ ፍቓደኛ ኣይኮንኩን።
phrase-consulate = ምስ ቆንስላ ሃገረይ ክራኸብ እደሊ እየ።
phrase-recording = እቐርጽ ኣለኹ። ኣይዕንቅፈኩምን እየ።
phrase-license = እዚ መንጃ ፍቓደይ እዩ። ብዛዕባ ካልእ ዝኾነ ነገር ስቕ ክብል እየ።
