# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = ኣብ ላዕሊ እቲ ወረቐት እንታይ ተጻሒፉ ኣሎ?
warrant-h-top = ብትሕቲ ማዕጾ ከሕልፍዎ ወይ ኣብ መስኮት ከርእይዎ ሕተትዎም። ማዕጾ ኣይትኽፈቱ።
warrant-a-top-court = ስም ቤት ፍርዲ፣ ከም "United States District Court" (ቤት ፍርዲ ወረዳ ኣሜሪካ)
warrant-a-top-dhs = "{ -dhs-on-papers }"፣ ወይ ቅጥዒ I-200 ወይ I-205
warrant-a-unsure = ክፈልጥ ኣይከኣልኩን
warrant-q-signed = መን እዩ ፈሪምዎ?
warrant-h-signed = ኣብ ታሕቲ ርኣዩ። ማዕርግ ናይቲ ዝፈረመ ሰብ ኣብ ትሕቲ ፊርማ ተሓቲሙ ኣሎ።
warrant-a-signed-judge = ዳኛ ወይ ንኡስ ዳኛ (magistrate judge)
warrant-a-signed-officer = ኦፊሰር ወይ ኣባል ኢሚግሬሽን
warrant-q-name = ንዓኹም ወይ ንገዛኹም ድዩ፣ ስምን ኣድራሻን ድማ ብትኽክል ተጻሒፉ ድዩ?
warrant-h-name = ስም እቲ ሰብን ኣድራሻን ኣረጋግጹ።
warrant-a-name-yes = እወ፣ ቅኑዓት እዮም
warrant-a-name-no = ኣይፋል፣ እቲ ስም ወይ ኣድራሻ ጌጋ እዩ
warrant-q-allows = እንታይ ክገብሩ የፍቅደሎም?
warrant-h-allows = ቃላት "search" (ፍተሻ) ወይ "arrest" (ምእሳር) ድለዩ።
warrant-a-allows-search = ቦታ ምፍታሽ። ኣድራሻይ ይጠቅስ።
warrant-a-allows-arrest = ሰብ ምእሳር። ሓደ ሰብ ብስሙ ይጠቅስ።

warrant-r-admin-title = እዚ ናይ { -ice } ትእዛዝ እዩ፣ ናይ ዳኛ ትእዛዝ ኣይኮነን።
warrant-r-admin-1 = ዝፈረሞ ኦፊሰር ኢሚግሬሽን እዩ፣ ዳኛ ኣይኮነን።
warrant-r-admin-2 = ማዕጾ ዕጹው ይጽናሕ። ክኣትዉ ፍቓደኛ ከም ዘይኮንኩም ንገሩ።
warrant-r-admin-3 = ናይ ግንቦት 2025 መዘክር { -ice } ከም ዝብሎ፡ ኣባላት ጸጥታ ናይ መወዳእታ ትእዛዝ ምባራር ዘለዎ ሰብ ንምእሳር፡ ብትእዛዝ I-205 ብሓይሊ ክኣትዉ ይኽእሉ። ሰባት ኣብ ቤት ፍርዲ ይቃወምዎ ኣለዉ። ኣባላት ጸጥታ ብዘየገድስ እንተኣተዉ፡ ኣይትባኣሱ። ስቕ በሉ፣ ጠበቓ ድማ ሕተቱ።
warrant-r-unsure-title = እዚ ወረቐት እንታይ ምዃኑ ርግጸኛታት ክትኮኑ ኣይትኽእሉን።
warrant-r-unsure-1 = ማዕጾ ዕጹው ይጽናሕ። ካብ ዳኛ ዝመጸ ትእዛዝ ኣብ ላዕሊ ስም ቤት ፍርዲ ይጠቅስ፣ ብዳኛ ድማ ይፍረም።
warrant-r-unsure-2 = እንተኽኢልኩም፡ ሕጂ ናብ ጠበቓ ወይ ናብ ናይ ቅልጡፍ ምላሽ ተሌፎን መስመር (rapid response hotline) ደውሉ።
warrant-r-wrong-title = እዚ ትእዛዝ ንዓኹም ወይ ንገዛኹም ዘይኮነ ክኸውን ይኽእል።
warrant-r-wrong-1 = ማዕጾ ዕጹው ከሎ፡ እቲ ስም ወይ ኣድራሻ ጌጋ ምዃኑ ንገርዎም። ማዕጾ ኣይትኽፈቱ።
warrant-r-wrong-2 = ብዘየገድስ እንተኣተዉ፡ ኣይትባኣሱ። ስቕ በሉ። ዝተፈጸመ ዘክሩ፣ ደሓር ድማ ጽሓፍዎ።
warrant-r-search-title = ናይ ዳኛ ትእዛዝ ፍተሻ ክኣትዉን ክፍትሹን የፍቅደሎም።
warrant-r-search-1 = እቲ ትእዛዝ ዝዘርዝሮም ቦታታት ክፍትሹ ይኽእሉ። ኣይትዓግትዎም፣ ኣይትባኣሱ።
warrant-r-search-2 = ሕጂ'ውን ስቕ ክትብሉ ትኽእሉ ኢኹም። ኣበይ ከም ዝተወለድኩም ወይ ኩነታትኩም እንታይ ምዃኑ ክትነግሩ ኣይትግደዱን ኢኹም።
warrant-r-search-3 = ቅዳሕ እቲ ትእዛዝ ሕተቱ። ብዝኽኣለኩም መጠን ቀልጢፍኩም ናብ ጠበቓ ደውሉ።
warrant-r-arrest-title = ናይ ዳኛ ትእዛዝ ምእሳር፡ ነቲ ዝጠቐሶ ሰብ ክኣስርዎ የፍቅደሎም።
warrant-r-arrest-1 = ብዛዕባ እቲ ሰብ እዩ። ህድእ በሉ፣ ኣይትባኣሱ።
warrant-r-arrest-2 = እንታይ ክገብሩ ከም ዘፍቅደሎም ርግጸኛታት እንተዘይኮንኩም፡ ማዕጾ ዕጹው ይጽናሕ፣ ናብ ጠበቓ ድማ ደውሉ። ስቕ በሉ፣ ዝኾነ ነገር ድማ ኣይትፈርሙ።
