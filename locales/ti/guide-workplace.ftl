# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = ኣብ ስራሕ
work-summary = ኣባላት ኢሚግሬሽን ናብ ስራሕኩም ይመጹ።
work-first = ህድእ በሉ። ኣይትሃድሙ።
work-do-warrant = ኣባላት ጸጥታ ብዳኛ ዝተፈረመ ትእዛዝ እንተሃልይዎም ሕተቱ። ናይ { -ice } ትእዛዝ ባዕሉ፡ ናብ ውልቃዊ ክፍልታት ቦታ ስራሕ ክኣትዉ ኣየፍቅደሎምን።
work-do-private = ኣባላት ጸጥታ ናብ ንህዝቢ ክፉት ዘይኮነ ክፍልታት ንምእታው፡ ናይ ዳኛ ትእዛዝ ወይ ፍቓድ ኣስራሒ የድልዮም።
work-do-silent = ስቕ ክትብሉ ትኽእሉ ኢኹም። ኣበይ ከም ዝተወለድኩም ወይ ኩነታትኩም እንታይ ምዃኑ ክትነግሩ ኣይትግደዱን ኢኹም።
work-do-lawyer = ጠበቓ ሕተቱ። ምስ ጠበቓ ከይተዛረብኩም ዝኾነ ወረቐት ኣይትፈርሙ።
work-dont-lie = ሓሶት ኣይትዛረቡ። ናይ ሓሶት ሰነዳት ኣይተርእዩ።
work-dont-hide = ኣይትሕብኡ ወይ ኣይትሃድሙ። ምስ ኣባላት ጸጥታ ኣይትባኣሱ።
work-why-warrant = ናይ ACLU መምርሒታት "መሰላትኩም ፍለጡ" ከም ዝብልዎ፡ ብኦፊሰር ዝተፈረመ ናይ { -ice } ትእዛዝ ንኣባላት ጸጥታ ናብ ውሽጢ ክኣትዉ ሕጋዊ ስልጣን ኣይህቦምን።
work-why-silence = ቅዋም ኣሜሪካ ንኹሉ ሰብ፡ ናይ ኢሚግሬሽን ኩነታቱ ዝኾነ ይኹን፡ ስቕ ናይ ምባል መሰል ይህብ።
work-unsettled-employer = ኣስራሒኹም እንታይ ከፍቅድ ከም ዝኽእል፡ ኣየኖት ክፍልታት ድማ ከም ህዝባዊ ከም ዝቑጸሩ፡ ኣብቲ ቦታ ይምርኮስ። ምስ ጉጅለ መሰል ሰራሕተኛታት ወይ ምስ ጠበቓ ተዛረቡ።
