# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = ደብቅ
quick-exit-label = ይህን ገጽ አሁኑኑ ይደብቁ
neutral-title = ማስታወሻዎች
neutral-placeholder = ማስታወሻ ይጻፉ። አይቀመጥም።
neutral-new = አዲስ ማስታወሻ
neutral-all = ሁሉም ማስታወሻዎች
neutral-note-1-title = ገበያ
neutral-note-1-body = ጤፍ፣ ምስር፣ እንቁላል፣ ወተት፣ ዳቦ፣ ሽንኩርት፣ ሳሙና።
neutral-note-2-title = የምስር ወጥ
neutral-note-2-body = ምስር፣ ቲማቲም፣ ሽንኩርት፣ ነጭ ሽንኩርት፣ ጨው። ለአንድ ሰዓት ማብሰል።
neutral-note-3-title = በዚህ ሳምንት
neutral-note-3-body = የስልክ ሂሳብ መክፈል። ወጥ ቤቱን ማጽዳት። ብስክሌቱን መጠገን።
hide-tip-title = "ደብቅ" እንዴት እንደሚሠራ
hide-tip-text = "ደብቅ" የሚለውን ሲነኩ kyr ወዲያውኑ ተራ የማስታወሻ ገጽ ያሳያል። በዚያ ገጽ ላይ ከkyr የመጣ ምንም ነገር የለም። ለመመለስ kyrን ዘግተው እንደገና ይክፈቱት።
hide-tip-ok = ገባኝ

## Privacy
privacy-title = የእርስዎ ግላዊነት
privacy-text = ይህ መተግበሪያ ምንም ነገር አይልክም፤ ኢንተርኔትም አያስፈልገውም። የሚያስቀምጠው ቅንብሮችዎን፣ ያስቀመጧቸውን እውቂያዎች፣ እና ዕቅድ ካወጡ የአስቸኳይ ጊዜ ዕቅድዎን ብቻ ነው። ዕቅድዎ በፒንዎ ተቆልፏል። ሁሉንም ነገር በቅንብሮች ውስጥ ማጥፋት ይችላሉ።

## The emergency plan (locked)
home-plan = የአስቸኳይ ጊዜ ዕቅዴ
home-plan-hint = እውቂያዎች፣ A-ቁጥር (A-number)፣ የቤተሰብ ዕቅድ። በፒን የተቆለፈ።
vault-title = የአስቸኳይ ጊዜ ዕቅዴ
vault-intro = የአስቸኳይ ጊዜ እውቂያዎችዎን እና የቤተሰብ ዕቅድዎን እዚህ ያስቀምጡ። በፒን ተቆልፈው በዚህ ስልክ ላይ ብቻ ይቆያሉ።
vault-pin-label = ፒን ወይም የይለፍ ሐረግ
vault-pin-again = እንደገና ይጻፉት
vault-pin-hint = ቢያንስ 6 ቁጥሮችን ወይም ፊደሎችን ይጠቀሙ። ረዘም ያለ የይለፍ ሐረግ የበለጠ አስተማማኝ ነው።
vault-create = ዕቅዴን በዚህ ፒን ቆልፍ
vault-unlock = ክፈት
vault-lock = አሁን ቆልፍ
vault-locked-note = ከመተግበሪያው ሲወጡ እና ከ5 ደቂቃ በኋላ በራሱ ይቆለፋል።
vault-pin-mismatch = ሁለቱ ፒኖች አንድ አይደሉም።
vault-pin-short = ቢያንስ 6 ቁጥሮችን ወይም ፊደሎችን ይጠቀሙ።
vault-wrong-pin = የተሳሳተ ፒን።
vault-wait = { $seconds ->
    [one] ለ{ $seconds } ሰከንድ ይጠብቁ፤ ከዚያ እንደገና ይሞክሩ።
   *[other] ለ{ $seconds } ሰከንዶች ይጠብቁ፤ ከዚያ እንደገና ይሞክሩ።
}
vault-unreadable = የአስቸኳይ ጊዜ ዕቅድዎ ሊነበብ አይችልም። ፋይሉ ተበላሽቶ ሊሆን ይችላል። አልተሰረዘም። ሊያስቀምጡት ይችላሉ፤ ወይም አጥፍተው እንደገና መጀመር ይችላሉ።
vault-erase-damaged = የተበላሸውን ዕቅድ አጥፋ
vault-opening = በመክፈት ላይ…
vault-save = አስቀምጥና ቆልፍ
vault-saved = ተቀምጧል። ዕቅድዎ ተቆልፏል።
vault-name-label = ስምዎ
vault-a-number-label = A-ቁጥርዎ (A-number)፣ ካለዎት
vault-contacts-heading = የአስቸኳይ ጊዜ እውቂያዎች
vault-contact-name = ስም
vault-contact-phone = ስልክ ቁጥር
vault-add-contact = እውቂያ ጨምር
vault-remove-contact = አስወግድ
vault-plan-heading = የቤተሰብ ዕቅድ
vault-children-label = ልጆቹን ማን ይወስዳቸዋል
vault-documents-label = አስፈላጊ ወረቀቶች የት እንዳሉ
vault-lawyer-name-label = የጠበቃ ስም
vault-lawyer-phone-label = የጠበቃ ስልክ ቁጥር
vault-notes-label = ሌሎች ማስታወሻዎች
vault-phone-invalid = ይህ ስልክ ቁጥር ትክክል አይመስልም፦ { $phone }
vault-too-long = ይህ በጣም ረጅም ነው። እባክዎ ያሳጥሩት።
vault-print = የቤተሰብ ዕቅዱን አትም
vault-print-title = የቤተሰብ የአስቸኳይ ጊዜ ዕቅድ
vault-print-note = ይህን ወረቀት ቤት ውስጥ፣ ቤተሰብዎ ሊያገኘው በሚችልበት ቦታ ያስቀምጡ።

## "I've been detained" message
detained-button = ታስሬያለሁ፦ መልዕክት ላክ
detained-title = የእርዳታ መልዕክት ይላኩ
detained-explain = ይህ የስልክዎን የጽሑፍ መልዕክቶች ከተዘጋጀ መልዕክት ጋር ይከፍታል። መላኩን የሚወስኑት እርስዎ ነዎት። ይህ መተግበሪያ ምንም ነገር አይልክም።
detained-place-label = ወዴት እየወሰዱዎት ነው? (ካወቁ)
detained-to = ተቀባይ
detained-send = የጽሑፍ መልዕክቶቼን ክፈት
detained-no-contacts = መጀመሪያ በዕቅድዎ ላይ የአስቸኳይ ጊዜ እውቂያ ይጨምሩ።
detained-msg-intro = { $name } ነኝ። በኢሚግሬሽን ታስሬያለሁ።
detained-msg-a-number = የኔ A-ቁጥር (A-number) { $anumber } ነው።
detained-msg-lawyer = እባካችሁ ለጠበቃዬ ደውሉ፦ { $lawyer }፣ { $phone }።
detained-msg-no-lawyer = እባካችሁ ጠበቃ እንዳገኝ እርዱኝ።
detained-msg-place = ወደዚህ እየወሰዱኝ ነው፦ { $place }።

## Second PIN for danger
duress-title = ለአደጋ ጊዜ ሁለተኛ ፒን (ይህን መዝለል ይችላሉ)
duress-explain = መኮንን ያልሆነ ሰው፣ ለምሳሌ የሚበድልዎ ሰው፣ ዕቅድዎን እንዲከፍቱ ቢያስገድድዎ፣ በምትኩ ይህን ሁለተኛ ፒን ይጻፉ። ባዶ ዕቅድ ይከፍታል። ሁለተኛ ፒን መኖሩን ማንም ማየት አይችልም።
officials-no-hiding = ፖሊስ ወይም የኢሚግሬሽን መኮንኖች ስልክዎን ወይም ይህን መተግበሪያ ለማየት ከጠየቁ በኋላ፣ ሁለተኛ ፒን አይጠቀሙ፤ ዕቅድዎንም አያጥፉ። በዚያን ጊዜ መረጃ መደበቅ ወይም መሰረዝ ወንጀል ሊሆን ይችላል። እንዲህ ይበሉ፦ "ለፍተሻ ፈቃድ አልሰጥም።" ጠበቃም ይጠይቁ።
duress-pin-label = ሁለተኛ ፒን
duress-wipe-label = ሁለተኛው ፒን ጥቅም ላይ ሲውል እውነተኛ ዕቅዴንም አጥፋ
duress-wipe-warning = ይህን ከመረጡ፣ ሁለተኛው ፒን ጥቅም ላይ ሲውል እውነተኛ ዕቅድዎ ለዘለዓለም ይጠፋል። መልሶ ማምጣት አይቻልም።
duress-set = ሁለተኛውን ፒን አዘጋጅ
duress-confirm = ገብቶኛል። ሁለተኛውን ፒን አዘጋጅ።
duress-same = ሁለተኛው ፒን ከፒንዎ የተለየ መሆን አለበት።
duress-done = ሁለተኛው ፒን ተዘጋጅቷል።

## Erase everything
wipe-title = ሁሉንም አጥፋ
wipe-explain = ይህ የአስቸኳይ ጊዜ ዕቅድዎን፣ ያስቀመጧቸውን እውቂያዎች፣ ከፋይሎች የታከሉ አድራሻዎችን፣ የሕግ ድጋፍ ማዕከል ጥቅሎችን እና ቅንብሮችዎን ከዚህ ስልክ ያጠፋል። መመሪያዎቹ ይቀራሉ። ይህን መመለስ አይቻልም።
wipe-button = ሁሉንም አጥፋ
wipe-confirm = አዎ፣ ሁሉንም አሁን አጥፋ
wipe-cancel = ይቅር
wipe-done = ያስቀመጡት ነገር ሁሉ ጠፍቷል።

## Errors
error-vault-locked = ዕቅድዎ ተቆልፏል። በፒንዎ ይክፈቱት።
error-vault-exists = ቀድሞውኑ ዕቅድ አለዎት። በፒንዎ ይክፈቱት።
error-vault-unreadable = የአስቸኳይ ጊዜ ዕቅድዎ ሊነበብ አይችልም። አልተሰረዘም።
