# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.
# "pack" = ጥቅል (a file from a clinic); "key code" = የቁልፍ ኮድ.

## Packs screen
packs-title = የሕግ ድጋፍ ማዕከል ጥቅሎች
packs-intro = የሕግ ድጋፍ ማዕከል ጥቅል ሊሰጥዎ ይችላል። ጥቅል ማለት የማዕከሉን አድራሻዎች፣ የአካባቢ ማስታወሻዎች እና ዝማኔዎች የያዘ ፋይል ነው። መተግበሪያው ጥቅሉን ከመጠቀሙ በፊት ማን እንደሠራው ይፈትሻል። ምንም ነገር አይላክም።
packs-install = ጥቅል ከፋይል ጫን
packs-none = ምንም ጥቅል አልተጫነም።
pack-version = ስሪት { $version }፣ የተሠራው በ{ $date }
pack-from = ከ{ $publisher } የመጣ
pack-key = የቁልፍ ኮድ፦ { $key }
pack-restore = ወደ ቀድሞው ስሪት መልስ
pack-remove = ይህን ጥቅል አስወግድ
pack-installed = ጥቅሉ ተጭኗል።
pack-restored = ተከናውኗል። ጥቅሉ ወደ ቀድሞው ሁኔታ ተመልሷል።

## Before installing
pack-review-title = ይህን የሕግ ድጋፍ ማዕከል ያምኑታል?
pack-review-new = ከዚህ ማዕከል የመጣ የመጀመሪያው ጥቅል ይህ ነው። ከመጫንዎ በፊት ስሙን እና የቁልፍ ኮዱን (ፊደሎችና ቁጥሮች ያሉት አጭር ኮድ) ማዕከሉ ከሚነግርዎ ጋር ያመሳክሩ።
pack-review-known = ይህ ጥቅል አስቀድመው ከሚያምኑት ማዕከል የመጣ ነው።
pack-adds-title = ይህ ጥቅል የሚጨምራቸው ነገሮች
pack-adds-contacts = ወደ "የሕግ ድጋፍ ያግኙ" ዝርዝር የሚገቡ አድራሻዎች
pack-adds-outdated = በዝርዝሩ ውስጥ ስላሉ ጊዜ ያለፈባቸው አድራሻዎች የቀረቡ ሪፖርቶች
pack-adds-profile = የማዕከሉ ስም፣ ድረ ገጽ እና በሚታተሙ ካርዶች ላይ የሚወጣ አንድ መስመር ጽሑፍ
pack-adds-guides = የማዕከሉ የራሱ መመሪያዎች፦ { $titles }
pack-adds-languages = በእነዚህ ቋንቋዎች፦ { $languages }
pack-adds-official = የመተግበሪያውን የራሱን ጽሑፍ የሚቀይር፣ ከመተግበሪያው ሠሪዎች የመጣ ይፋዊ ዝማኔ፦ { $files }
pack-review-install = እመን እና ጫን
pack-review-update = ዝማኔውን ጫን
pack-review-cancel = ይቅር

## Where pack content shows
pack-guide-from = ይህ መመሪያ ከ{ $publisher } የመጡ ለውጦችን ይዟል።
home-clinic = የእርስዎ ማዕከል
clinic-call = ደውል

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = ይህ ጥቅል በጣም ትልቅ ነው። ምንም አልተቀየረም።
pack-error-not-a-pack = ይህ ፋይል የkyr ጥቅል አይደለም፣ ወይም ሙሉ አይደለም። ምንም አልተቀየረም።
pack-error-signature = ይህ ጥቅል ከተሠራ በኋላ ተቀይሯል ወይም ተበላሽቷል። ምንም አልተቀየረም።
pack-error-malformed = ይህ ጥቅል በትክክል አልተሠራም። ምንም አልተቀየረም።
pack-error-not-official = ይህ ጥቅል የመተግበሪያውን ስም ይጠቀማል፤ ግን ከመተግበሪያው ሠሪዎች የመጣ አይደለም። ምንም አልተቀየረም።
pack-error-other-key = ይህ ጥቅል የሚያምኑትን ማዕከል ስም ይጠቀማል፤ ግን የቁልፍ ኮዱ የተለየ ነው። ከዚያ ማዕከል ላይሆን ይችላል። ምንም አልተቀየረም።
pack-error-not-newer = የዚህ ጥቅል ስሪት { $installed } አስቀድሞ አለዎት። ይህ ፋይል ስሪት { $offered } ነው። ምንም አልተቀየረም።
pack-error-built-in = ይህ ጥቅል የመተግበሪያውን የራሱን ቃላት ለመቀየር ይሞክራል፤ ለምሳሌ ለመኮንን ምን ማለት እንዳለብዎ። ይህን ማድረግ የሚፈቀድላቸው ይፋዊ የkyr ዝማኔዎች ብቻ ናቸው። ምንም አልተቀየረም።
pack-error-content = ይህ ጥቅል ስህተት አለበት፤ ስለዚህ ምንም አልተቀየረም። በ{ $file }፣ መስመር { $line }፦ { $problem }
pack-error-io = ጥቅሉ ሊቀመጥ አልቻለም። ምንም አልተቀየረም።
pack-broken = የተጫነ ጥቅል ሊነበብ አልቻለም። መተግበሪያው ለጊዜው የራሱን ይዘት ይጠቀማል።
