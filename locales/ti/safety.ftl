# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = ሕብኡ
quick-exit-label = ነዚ ገጽ ሕጂ ሕብእዎ
neutral-title = መዘኻኸሪታት
neutral-placeholder = መዘኻኸሪ ጽሓፉ። ኣይዕቀብን እዩ።
neutral-new = ሓድሽ መዘኻኸሪ
neutral-all = ኩሎም መዘኻኸሪታት
neutral-note-1-title = ዕዳጋ
neutral-note-1-body = ጣፍ፣ ብርስን፣ እንቋቑሖ፣ ጸባ፣ ባኒ፣ ሽጉርቲ፣ ሳሙና።
neutral-note-2-title = ጸብሒ ብርስን
neutral-note-2-body = ብርስን፣ ኮሚደረ፣ ሽጉርቲ፣ ጻዕዳ ሽጉርቲ፣ ጨው። ንሓደ ሰዓት ምብሳል።
neutral-note-3-title = እዚ ሰሙን
neutral-note-3-body = ሕሳብ ተሌፎን ምኽፋል። ክሽነ ምጽራይ። ብሽክለታ ምጽጋን።
hide-tip-title = "ሕብኡ" ብኸመይ ይሰርሕ
hide-tip-text = "ሕብኡ" ምስ ጠወቕኩም፡ kyr ብኡንብኡ ተራ ገጽ መዘኻኸሪ የርኢ። ኣብኡ ካብ kyr ዝኾነ ነገር የለን። ክትምለሱ፡ kyr ዕጸውዎ እሞ እንደገና ክፈትዎ።
hide-tip-ok = ተረዲኡኒ

## Privacy
privacy-title = ብሕትውናኹም
privacy-text = እዚ ኣፕ ዋላ ሓንቲ ኣይሰድድን፣ ኢንተርነት'ውን ኣየድልዮን። ዝዕቅቦ ምድላዋትኩም፣ ዝዓቀብኩምዎም ኣድራሻታት፣ መደብ እንተሰሪሕኩም ድማ ናይ ህጹጽ ግዜ መደብኩም ጥራይ እዩ። መደብኩም ብፒንኩም ተሸጺጡ ኣሎ። ኣብ ምድላዋት ኩሉ ክትድምስሱ ትኽእሉ ኢኹም።

## The emergency plan (locked)
home-plan = ናይ ህጹጽ ግዜ መደበይ
home-plan-hint = ኣድራሻታት፣ A-ቁጽሪ (A-number)፣ መደብ ስድራ። ብፒን ዝተሸጸጠ።
vault-title = ናይ ህጹጽ ግዜ መደበይ
vault-intro = ናይ ህጹጽ ግዜ ኣድራሻታትኩምን መደብ ስድራኹምን ኣብዚ ዓቕቡ። ብፒን ይሽጸጡ፣ ኣብዚ ተሌፎን ጥራይ ድማ ይጸንሑ።
vault-pin-label = ፒን ወይ መሕለፊ ሓረግ
vault-pin-again = እንደገና ጽሓፍዎ
vault-pin-hint = እንተወሓደ 6 ቁጽርታት ወይ ፊደላት ተጠቐሙ። ዝነውሐ መሕለፊ ሓረግ ዝያዳ ውሑስ እዩ።
vault-create = መደበይ ብዚ ፒን ይሸጸጥ
vault-unlock = ክፈቱ
vault-lock = ሕጂ ሸጽጡ
vault-locked-note = ካብቲ ኣፕ ክትወጹ ከለኹም፣ ድሕሪ 5 ደቒቕ'ውን፣ ባዕሉ ይሽጸጥ።
vault-pin-mismatch = እቶም ክልተ ፒን ሓደ ኣይኮኑን።
vault-pin-short = እንተወሓደ 6 ቁጽርታት ወይ ፊደላት ተጠቐሙ።
vault-wrong-pin = ጌጋ ፒን።
vault-wait = { $seconds ->
    [one] { $seconds } ካልኢት ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
   *[other] { $seconds } ካልኢታት ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
}
vault-unreadable = ናይ ህጹጽ ግዜ መደብኩም ክንበብ ኣይከኣለን። እቲ ፋይል ተበላሺዩ ክኸውን ይኽእል። ኣይተደምሰሰን። ክትዕቅብዎ ትኽእሉ ኢኹም፣ ወይ ደምሲስኩም እንደገና ክትጅምሩ ትኽእሉ ኢኹም።
vault-erase-damaged = ነቲ ዝተበላሸወ መደብ ደምስስዎ
vault-opening = ይኽፈት ኣሎ…
vault-save = ዓቕቡን ሸጽጡን
vault-saved = ተዓቂቡ። መደብኩም ተሸጺጡ ኣሎ።
vault-name-label = ስምኩም
vault-a-number-label = A-ቁጽርኹም (A-number)፣ እንተሃልዩኩም
vault-contacts-heading = ናይ ህጹጽ ግዜ ኣድራሻታት
vault-contact-name = ስም
vault-contact-phone = ቁጽሪ ተሌፎን
vault-add-contact = ኣድራሻ ወስኹ
vault-remove-contact = ኣልግሱ
vault-plan-heading = መደብ ስድራ
vault-children-label = ንቖልዑ መን ይወስዶም
vault-documents-label = ኣገደስቲ ወረቓቕቲ ኣበይ ከም ዘለዉ
vault-lawyer-name-label = ስም ጠበቓ
vault-lawyer-phone-label = ቁጽሪ ተሌፎን ጠበቓ
vault-notes-label = ካልእ መዘኻኸሪ
vault-phone-invalid = እዚ ቁጽሪ ተሌፎን ቅኑዕ ኣይመስልን: { $phone }
vault-too-long = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
vault-print = መደብ ስድራ ሕተሙ
vault-print-title = ናይ ህጹጽ ግዜ መደብ ስድራ
vault-print-note = ነዚ ወረቐት ኣብ ገዛ፡ ስድራኹም ክረኽብዎ ኣብ ዝኽእሉ ቦታ ዓቕብዎ።

## "I've been detained" message
detained-button = ተታሒዘ ኣለኹ: መልእኽቲ ስደዱ
detained-title = ናይ ሓገዝ መልእኽቲ ስደዱ
detained-explain = እዚ ድሉው መልእኽቲ ሒዙ ናይ ተሌፎንኩም ጽሑፍ መልእኽቲ ይኸፍት። ክትሰድድዎ እንተኾይንኩም ንስኹም ኢኹም እትውስኑ። እዚ ኣፕ ዋላ ሓንቲ ኣይሰድድን።
detained-place-label = ናበይ ይወስዱኹም ኣለዉ? (እንተፈሊጥኩም)
detained-to = ናብ
detained-send = ጽሑፍ መልእኽታተይ ክፈቱ
detained-no-contacts = መጀመርታ ኣብ መደብኩም ናይ ህጹጽ ግዜ ኣድራሻ ወስኹ።
detained-msg-intro = ኣነ { $name } እየ። ብኢሚግሬሽን ተታሒዘ ኣለኹ።
detained-msg-a-number = A-ቁጽረይ (A-number) { $anumber } እዩ።
detained-msg-lawyer = በጃኹም ንጠበቓይ ደውሉሉ: { $lawyer }፣ { $phone }።
detained-msg-no-lawyer = በጃኹም ጠበቓ ክረክብ ሓግዙኒ።
detained-msg-place = ናብዚ ይወስዱኒ ኣለዉ: { $place }።

## Second PIN for danger
duress-title = ንሓደጋ ዝኸውን ካልኣይ ፒን (ክትሓልፍዎ ትኽእሉ ኢኹም)
duress-explain = ኦፊሰር ዘይኮነ ሰብ፡ ንኣብነት ዝበድለኩም ሰብ፡ መደብኩም ክትከፍቱ እንተገዲዱኩም፡ ኣብ ክንድኡ ነዚ ካልኣይ ፒን ጽሓፉ። ባዶ መደብ ይኸፍት። ካልኣይ ፒን ከም ዘሎ ዋላ ሓደ ሰብ ክርኢ ኣይክእልን።
officials-no-hiding = ፖሊስ ወይ ኣባላት ኢሚግሬሽን ተሌፎንኩም ወይ ነዚ ኣፕ ክርእዩ ምስ ሓተቱ፡ ካልኣይ ፒን ኣይትጠቐሙ፣ መደብኩም'ውን ኣይትደምስሱ። ሽዑ ሓበሬታ ምሕባእ ወይ ምድምሳስ ገበን ክኸውን ይኽእል። ከምዚ በሉ: "ንፍተሻ ፍቓደኛ ኣይኮንኩን።" ጠበቓ ድማ ሕተቱ።
duress-pin-label = ካልኣይ ፒን
duress-wipe-label = ካልኣይ ፒን ምስ ተጠቐመ፡ ሓቀኛ መደበይ'ውን ይደምሰስ
duress-wipe-warning = ነዚ እንተመሪጽኩም፡ ካልኣይ ፒን ምስ ተጠቐመ ሓቀኛ መደብኩም ንሓዋሩ ይጠፍእ። ክምለስ ኣይክእልን።
duress-set = ካልኣይ ፒን ኣዳልዉ
duress-confirm = ተረዲኡኒ ኣሎ። ካልኣይ ፒን ኣዳልዉ።
duress-same = ካልኣይ ፒን ካብ ፒንኩም ዝተፈልየ ክኸውን ኣለዎ።
duress-done = ካልኣይ ፒን ተዳልዩ ኣሎ።

## Erase everything
wipe-title = ኩሉ ደምስሱ
wipe-explain = እዚ ናይ ህጹጽ ግዜ መደብኩም፣ ዝዓቀብኩምዎም ኣድራሻታት፣ ካብ ፋይላት ዝተወሰኹ ኣድራሻታት፣ ጥቕላላት ማእከል ሕጋዊ ሓገዝን ምድላዋትኩምን ካብዚ ተሌፎን ይድምስስ። እቶም መምርሒታት ይተርፉ። ክምለስ ኣይክእልን።
wipe-button = ኩሉ ደምስሱ
wipe-confirm = እወ፣ ሕጂ ኩሉ ደምስሱ
wipe-cancel = ግደፍዎ
wipe-done = ዝዓቀብኩምዎ ኩሉ ተደምሲሱ።

## Errors
error-vault-locked = መደብኩም ተሸጺጡ ኣሎ። ብፒንኩም ክፈትዎ።
error-vault-exists = ድሮ መደብ ኣለኩም። ብፒንኩም ክፈትዎ።
error-vault-unreadable = ናይ ህጹጽ ግዜ መደብኩም ክንበብ ኣይከኣለን። ኣይተደምሰሰን።
