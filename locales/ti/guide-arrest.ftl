# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = ምእሳርን ማእሰርትን
arrest-summary = ንስኻትኩም ወይ እትፈትውዎ ሰብ ብኢሚግሬሽን ተኣሲሩ ወይ ተታሒዙ ኣሎ።
arrest-first = ስቕ በሉ፣ ጠበቓ ድማ ሕተቱ። ዝኾነ ነገር ኣይትፈርሙ።
arrest-do-lawyer = ኣብ ቤት ፍርዲ ኢሚግሬሽን ጠበቓ ናይ ምህላው መሰል ኣለኩም፣ ግን መንግስቲ ክፍሊት ጠበቓ ኣይከፍልን። ዝርዝር ናይ ብናጻ ሕጋዊ ኣገልግሎታት ሕተቱ።
arrest-do-consulate = ምስ ቆንስላ ሃገርኩም ክትራኸቡ ክትሓቱ ትኽእሉ ኢኹም። ኦፊሰራት ንዝተታሕዘ ወጻኢ ዜጋ ብዛዕባ እዚ መሰል ክነግርዎ ኣለዎም።
arrest-do-a-number = A-ቁጽሪ (A-number) እንተሃልዩኩም ፍለጥዎ፣ ንስድራኹም ድማ ሃቡ። ክረኽቡኹም ይሕግዞም።
arrest-do-find = ብ{ -ice } ዝተታሕዘ ሰብ ንምርካብ፡ ነቲ { -ice } Online Detainee Locator (ናይ ኢንተርነት መድለዪ እሱራት) ተጠቐሙ። ብA-ቁጽሩን ሃገር ልደቱን፡ ወይ ብልክዕ ስሙን ሃገር ልደቱን ድለዩ።
arrest-do-line = ስድራ'ውን ናብ ናይ { -ice } ተሌፎን መስመር ሓበሬታ ማእሰርቲ ክድውሉ ይኽእሉ: 1-888-351-4024።
arrest-dont-sign = ምስ ጠበቓ ከይተዛረብኩም፡ ከም ብወለንታ ምውጻእ (voluntary departure) ወይ ብስምምዕ ምባራር (stipulated removal) ዝኣመሰሉ ወረቓቕቲ ኣይትፈርሙ።
arrest-dont-lie = ሓሶት ኣይትዛረቡ። ናይ ሓሶት ሰነዳት ኣይተርእዩ።
arrest-why-counsel = ፌደራላዊ ሕጊ ከም ዝብሎ፡ ኣብ መስርሕ ምባራር ዘሎ ሰብ ዝመረጾ ጠበቓ ክህልዎ ይኽእል፣ ግን ብወጻኢ መንግስቲ ኣይኮነን።
arrest-why-consular = ውዕል ቪየና ብዛዕባ ቆንስላዊ ርክባት (Vienna Convention on Consular Relations) ዝበሃል ዓለምለኻዊ ስምምዕ ከም ዝብሎ፡ ሰበ-ስልጣን ንዝተታሕዘ ወጻኢ ዜጋ፡ ቆንስላኡ ክሕበር ከም ዝኽእል ብዘይ ምድንጓይ ክነግርዎ ኣለዎም። እዚ ኩነታትኩም ዝኾነ ይኹን ይምልከት።
arrest-why-locator = እቲ መድለዪ (Locator) ትሕቲ 18 ዓመት ዘለዉ ሰባት ኣየርእን።
arrest-unsettled-silence = ስቕ ምባል ኣብ ቤት ፍርዲ ኢሚግሬሽን ኣንጻርኩም ክውሰድ ይኽእል ዶ ኣይኽእልን፡ ገና ኣይተወሰነን። ንጠበቓኹም ሕተቱ።
arrest-unsettled-locator = ምንጭታትና ካብ ዝጽሓፉ ኣትሒዙ፡ ናይቲ መድለዪ ናይ ምድላይ ክፍልታት (search fields) ተቐይሮም ክኾኑ ይኽእሉ።
