# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = ከባቢ ዶብ፣ ኬላታትን መዕርፎ ነፈርትን
border-summary = ጥቓ ዶብ ትነብሩ ወይ ትጓዓዙ፣ ወይ ብነፋሪት ትጓዓዙ።
border-first = ኣብ ዶብን ኣብ መዕርፎ ነፈርትን፡ ሕግታት ፍሉያት እዮም። ኣብኡ ኣባላት ጸጥታ ዝያዳ ስልጣን ኣለዎም።
border-do-checkpoint = ኣብ ቀዋሚ ኬላ፡ ኣባላት ጸጥታ ንነፍሲ ወከፍ መኪና ደው ከብሉን ሒደት ሓጸርቲ ሕቶታት ክሓቱን ይኽእሉ። ስቕ ክትብሉ ትኽእሉ ኢኹም።
border-do-no-search = ካብ ኬላ ወጻኢ፡ ንፍተሻ መኪናኹም "ኣይፋል" ክትብሉ ትኽእሉ ኢኹም።
border-do-phone = ዶብ ቅድሚ ምስጋርኩም፡ ተሌፎን ብገጽን ብኣሻራ ኣጻብዕን ምኽፋት ኣጥፍኡ፣ ውሑድ ሓበሬታ (data) ድማ ሓዙ።
border-do-papers = ናይ ኢሚግሬሽን ሰነዳት እንተሃልዩኩም፡ ሓዝዎም። እቶም ዝተዋህቦም ዓበይቲ ክሕዝዎም ግዴታ ኣለዎም።
border-dont-lie = ንሓለውቲ ዶብ ሓሶት ኣይትዛረቡ። ናይ ሓሶት ሰነዳት ኣይተርእዩ።
border-dont-run = ኣይትሃድሙ ወይ ኣይትቃወሙ።
border-why-zone = ፌደራላዊ ሕጊ፡ ኣባላት ጸጥታ ካብ ዶብ ኣብ "ምኽኑይ ርሕቀት" ("reasonable distance")፡ ብዘይ ሰነድ ንዘለዉ ሰባት ንምድላይ ተሽከርከርቲ ክፍትሹ የፍቅደሎም። ደንብታት ነዚ ርሕቀት 100 ማይል ብኣየር (air miles) ገይረንኦ ኣለዋ።
border-why-stop = ኣብ ከባቢ ዶብ፡ ኣባላት ጸጥታ መኪና ደው ንምባል ሕጂ'ውን ምኽኑያዊ ጥርጣረ የድልዮም። ተንቀሳቓሲ (roving) ፍተሻ መኪና፡ ጽኑዕ ምኽንያት (probable cause) ወይ ፍቓድኩም የድልዮ።
border-why-checkpoint = ላዕለዋይ ቤት ፍርዲ ኣብ ቀወምቲ ኬላታት ብዘይ ጥርጣረ ሓጺር ደው ምባል የፍቅድ።
border-unsettled-expedited = ብዘይ ናይ ቤት ፍርዲ ምስማዕ (hearing) ዝግበር ቅልጡፍ ምባራር፡ ሕጂ ኣብ ኣሜሪካ ኣብ ዝኾነ ቦታ፡ ኣብዚ ክልተ ዓመት ከም ዝጸንሑ ከርእዩ ንዘይኽእሉ ሰባት ይበጽሕ። ቤት ፍርድታት ነዚ ካብ ሓደ ግዜ ንላዕሊ ቀይሮሞ እዮም።
border-unsettled-phones = ኣብ ዶብ ናይ ተሌፎን ፍተሻ ሕግታት ይቕየሩ ኣለዉ። ነቲ ብዛዕባ ተሌፎንኩም ዘሎ መምርሒ ርኣዩ።
