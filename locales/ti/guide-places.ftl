# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = ኣብያተ ትምህርቲ፣ ሆስፒታላት፣ ቦታታት ኣምልኾ፣ ኣብያተ ፍርዲ
places-summary = ናብ ቤት ትምህርቲ፣ ሆስፒታል፣ ቦታ ኣምልኾ ወይ ቤት ፍርዲ ትኸዱ።
places-first = እዞም ቦታታት ድሕሪ ሕጂ ውሑሳት ቦታታት ኣይኮኑን። ኣባላት ጸጥታ ኣብኡ ስጉምቲ ክወስዱ ይኽእሉ።
places-do-same = ኣብኡ'ውን መሰላትኩም ሓደ እዩ: ስቕ በሉ፣ ንፍተሻ ፍቓደኛ ኣይትኹኑ፣ ጠበቓ ሕተቱ።
places-do-court = ናብ ቤት ፍርዲ ክትከዱ ግድን እንተኾይኑ፡ ቅድም ምስ ጠበቓ ተዛረቡ፣ ቁጽሪ ተሌፎኑ ድማ ምሳኹም ሓዙ።
places-do-plan = መደብ ስድራ ግበሩ: ንስኻትኩም እንተዘይክኢልኩም፡ ንደቅኹም መን ከም ዝወስዶም።
places-dont-lie = ሓሶት ኣይትዛረቡ። ናይ ሓሶት ሰነዳት ኣይተርእዩ።
places-why-rescinded = ኣብ 20 ጥሪ 2025፡ መንግስቲ ኣብ ኣብያተ ትምህርቲ፣ ሆስፒታላትን ቦታታት ኣምልኾን ምትግባር ሕጊ ዝድርት ዝነበረ ፖሊሲ ኣቋሪጹ። ሕጂ ኦፊሰራት ነፍሲ ወከፍ ጉዳይ በበይኑ ይውስኑ።
places-why-courts = ኣብ ጥሪ 2025፡ { -ice } ኣብ ውሽጢ ወይ ጥቓ ኣብያተ ፍርዲ ምእሳር ዝድርት ዝነበረ ናይ 2021 መዘክሩ'ውን ብሓድሽ ተኪኡዎ።
places-unsettled-lawsuits = ሃይማኖታዊ ጉጅለታት ብዛዕባ ምቁራጽ ፖሊሲ ዝተሓለዉ ቦታታት ናብ ቤት ፍርዲ ከይዶም። ሕግታት ከም ብሓድሽ ክቕየሩ ይኽእሉ።
