# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = መደብ ምድላው ስድራ
family-summary = ስድራኹም እንታይ ከም ዝገብሩ ምእንቲ ክፈልጡ፡ ሕጂ ተዳለዉ።
family-first = እንተተታሒዝኩም፡ ንደቅኹም መን ከም ዝሕልዎም ሕጂ መደብ ግበሩ።
family-do-memorize = እንተተኣሲርኩም ክትድውሉሉ እትኽእሉ ቁጽሪ ተሌፎን ኣባል ስድራ፣ ዓርኪ ወይ ጠበቓ ብልብኹም ሓዝዎ።
family-do-a-number = A-ቁጽርኹም (A-number) ጽሓፍዎ፣ ክረኽቡኹም ምእንቲ ድማ ንስድራኹም ኣካፍልዎ።
family-do-documents = ኣገደስቲ ወረቓቕቲ ብሓባር ኣብ ውሑስ ቦታ ዓቕቡ: ወረቐት ልደት፣ ፓስፖርት፣ ወረቓቕቲ ደቅኹም። ኣበይ ከም ዘለዉ ንእሙን ሰብ ንገሩ።
family-do-caregiver = ንደቅኹም ዝሕሉ ሰብ ምረጹ። ብጽሑፍ ኣስፍርዎ። ገለ ክፍለ ሃገራት፡ ከም ካሊፎርንያ፡ ነዚ ዝኸውን ቅጥዒ ኣለወን።
family-do-money = ስድራኹም ክመሓደሩ ምእንቲ፡ ንገንዘብ፣ ሕሳብ ባንክን ውዕል ክራይኩምን መደብ ግበሩ።
family-do-lawyer = ሕጂ ጠበቓ ድለዩ። ገለ ስድራቤታት ምስ ጠበቓኦም ኣቐዲሞም ቅጥዒ (G-28) ይመልኡ።
family-dont-passport = ፓስፖርትኩም ወይ ፓስፖርት ስድራኹም ን{ -ice } ባዕልኹም ኣይትሃቡ። ትእዛዝ ምባራር (order of removal) እንተሃልዩኩም፡ ሰነዳት ጉዕዞ ክትህቡ ንዝቐርበልኩም ሕቶ ቅድሚ ምእባይኩም ጠበቓ ሕተቱ።
family-dont-wait = መደብ ንምግባር ህጹጽ ኩነታት ኣይትጸበዩ።
family-why-plan = ውድባት ሕጋዊ ሓገዝ ንነፍሲ ወከፍ ስድራ፡ ኣብ መን ንቖልዑ ከም ዝሕልዎም ዘተኮረ መደብ ክህልዎ ይመኽሩ።
family-unsettled-state = ሓላዪ ንምምዳብ ዝኾኑ ቅጥዕታት ኣብ ነፍሲ ወከፍ ክፍለ ሃገር ዝተፈላለዩ እዮም። ኣየናይ ከም እትጥቀሙ ንከባቢያዊ ጠበቓ ሕተቱ።
