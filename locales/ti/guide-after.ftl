# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = ድሕሪ ምስ ኣባላት ጸጥታ ምርኻብ
after-summary = ጽሓፍዎ፣ ሓገዝ ርኸቡ፣ ዝተወስደ ሰብ ድማ ድለዩ።
after-first = ኣብ ውሑስ ቦታ ምስ በጻሕኩም ብኡንብኡ፡ ዝተፈጸመ ጽሓፉ።
after-do-write = ዕለት፣ ሰዓትን ቦታን፣ ኣባላት ጸጥታ ዝበልዎን ዝገበርዎን፣ ኣስማቶም ወይ ቁጽሪ ባጆም፣ ታርጋ መካይን፣ እንታይ ከም ዝወሰዱን ጽሓፉ።
after-do-witnesses = ኣስማትን ቁጽሪ ተሌፎንን ናይ መሰኻኽር ጽሓፉ። ስእልታትን ቪድዮታትን ብድሕንነት ዓቕቡ።
after-do-lawyer = ብዛዕባ ዝተፈጸመ ምስ ጠበቓ ወይ ምስ ናይ ቅልጡፍ ምላሽ ተሌፎን መስመር (rapid response hotline) ተዛረቡ።
after-do-find = ሓደ ሰብ እንተተወሲዱ፡ ኣብ { -ice } Online Detainee Locator (ናይ ኢንተርነት መድለዪ እሱራት)፡ ብA-ቁጽሩ (A-number) ምስ ሃገር ልደቱ፡ ወይ ብልክዕ ስሙን ሃገር ልደቱን ድለዩ።
after-do-line = ናብ ናይ { -ice } ተሌፎን መስመር ሓበሬታ ማእሰርቲ'ውን ክትድውሉ ትኽእሉ ኢኹም: 1-888-351-4024።
after-dont-post = ብዛዕባ ናይ ሓደ ሰብ ኩነታት ኢሚግሬሽን ዝርዝር ሓበሬታ ኣብ ኢንተርነት ኣይትዘርግሑ።
after-dont-sign = ምስ ጠበቓ ከይተዛረብኩም፡ ንዝተታሕዘ ሰብ ኢልኩም ወረቐት ኣይትፈርሙ።
after-why-record = ሓለፍቲ መንግስቲ ኣብ ህዝባዊ ቦታ ስራሖም ክሰርሑ ከለዉ ምቕራጽ፡ ኣብ ሓያሎ ፌደራላዊ ቤት ፍርድታት ይግባይ ሕጋዊ ሓለዋ ኣለዎ። ጽሑፋትኩምን ቪድዮታትኩምን ንጠበቓ ክሕግዙ ይኽእሉ።
after-why-locator = { -ice } ነቲ Online Detainee Locator (ናይ ኢንተርነት መድለዪ እሱራት) የመሓድሮ። ብA-ቁጽሪ (A-number) ምስ ሃገር ልደት፡ ወይ ብስምን ሃገር ልደትን ክትደልዩ ትኽእሉ ኢኹም።
after-unsettled-locator = እቲ መድለዪ ንኹሉ ሰብ ከየርኢ ይኽእል። ትሕቲ 18 ዓመት ዘለዉ ቆልዑ ኣብኡ ዘይረኣዩ ክኾኑ ይኽእሉ። ነቲ ሰብ ክትረኽብዎ እንተዘይክኢልኩም፡ ናብ ጠበቓ ደውሉ።
