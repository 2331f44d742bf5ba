# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.
# "pack" = ጥቕላል (a file from a clinic); "key code" = ኮድ መፍትሕ.

## Packs screen
packs-title = ጥቕላላት ማእከል ሕጋዊ ሓገዝ
packs-intro = ማእከል ሕጋዊ ሓገዝ ጥቕላል ክህበኩም ይኽእል። ጥቕላል፡ ኣድራሻታት ናይቲ ማእከል፣ ናይ ከባቢ መዘኻኸሪታትን ምሕዳሳትን ዝሓዘ ፋይል እዩ። እቲ ኣፕ ቅድሚ ምጥቃሙ መን ከም ዝሰርሖ የረጋግጽ። ዋላ ሓንቲ ኣይስደድን።
packs-install = ጥቕላል ካብ ፋይል ኣጽዕኑ
packs-none = ዋላ ሓደ ጥቕላል ኣይተጻዕነን።
pack-version = ሕታም { $version }፣ ኣብ { $date } ዝተሰርሐ
pack-from = ካብ { $publisher }
pack-key = ኮድ መፍትሕ: { $key }
pack-restore = ናብቲ ዝሓለፈ ሕታም ተመለሱ
pack-remove = ነዚ ጥቕላል ኣልግሱ
pack-installed = እቲ ጥቕላል ተጻዒኑ ኣሎ።
pack-restored = ተወዲኡ። እቲ ጥቕላል ናብቲ ቀደም ዝነበሮ ተመሊሱ ኣሎ።

## Before installing
pack-review-title = ነዚ ማእከል ሕጋዊ ሓገዝ ትኣምንዎ ዲኹም?
pack-review-new = እዚ ካብዚ ማእከል ዝመጸ ቀዳማይ ጥቕላል እዩ። ቅድሚ ምጽዓንኩም፡ ነቲ ስምን ነቲ ኮድ መፍትሕን (ብፊደላትን ቁጽርታትን ዝተሰርሐ ሓጺር ኮድ) ምስቲ እቲ ማእከል ዝብለኩም ኣነጻጽሩ።
pack-review-known = እዚ ጥቕላል ካብ ድሮ እትኣምንዎ ማእከል እዩ።
pack-adds-title = እዚ ጥቕላል እንታይ ይውስኽ
pack-adds-contacts = ንዝርዝር "ሕጋዊ ሓገዝ ርኸቡ" ዝኾኑ ኣድራሻታት
pack-adds-outdated = ብዛዕባ ኣብ ዝርዝር ዘለዉ ግዜኦም ዝሓለፈ ኣድራሻታት ዝቐረቡ ጸብጻባት
pack-adds-profile = ስም ናይቲ ማእከል፣ መርበብ ሓበሬታ፣ ከምኡ'ውን ኣብ ዝሕተሙ ካርድታት ዝወጽእ ሓደ መስመር ጽሑፍ
pack-adds-guides = ናይቲ ማእከል ናይ ባዕሉ መምርሒታት: { $titles }
pack-adds-languages = ብዞም ቋንቋታት: { $languages }
pack-adds-official = ካብቶም ነቲ ኣፕ ዝሰርሕዎ ዝመጸ ወግዓዊ ምሕዳስ፣ ናይቲ ኣፕ ናይ ባዕሉ ጽሑፍ ዝቕይር: { $files }
pack-review-install = እመኑን ኣጽዕኑን
pack-review-update = ነቲ ምሕዳስ ኣጽዕኑ
pack-review-cancel = ግደፍዎ

## Where pack content shows
pack-guide-from = እዚ መምርሒ ካብ { $publisher } ዝመጹ ለውጥታት ሓዊሱ ኣሎ።
home-clinic = ማእከልኩም
clinic-call = ደውሉ

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = እዚ ጥቕላል ኣዝዩ ዓቢ እዩ። ዋላ ሓደ ኣይተቐየረን።
pack-error-not-a-pack = እዚ ፋይል ጥቕላል kyr ኣይኮነን፣ ወይ ምሉእ ኣይኮነን። ዋላ ሓደ ኣይተቐየረን።
pack-error-signature = እዚ ጥቕላል ድሕሪ ምስራሑ ተቐይሩ ወይ ተበላሺዩ እዩ። ዋላ ሓደ ኣይተቐየረን።
pack-error-malformed = እዚ ጥቕላል ብግቡእ ኣይተሰርሐን። ዋላ ሓደ ኣይተቐየረን።
pack-error-not-official = እዚ ጥቕላል ስም ናይቲ ኣፕ ይጥቀም፣ ግን ካብቶም ነቲ ኣፕ ዝሰርሕዎ ኣይኮነን። ዋላ ሓደ ኣይተቐየረን።
pack-error-other-key = እዚ ጥቕላል ስም ናይ እትኣምንዎ ማእከል ይጥቀም፣ ግን ኮድ መፍትሑ ዝተፈልየ እዩ። ካብቲ ማእከል ዘይኮነ ክኸውን ይኽእል። ዋላ ሓደ ኣይተቐየረን።
pack-error-not-newer = ሕታም { $installed } ናይዚ ጥቕላል ድሮ ኣለኩም። እዚ ፋይል ሕታም { $offered } እዩ። ዋላ ሓደ ኣይተቐየረን።
pack-error-built-in = እዚ ጥቕላል ናይቲ ኣፕ ናይ ባዕሉ ቃላት ክቕይር ይፍትን ኣሎ፣ ንኣብነት ንኣባል ጸጥታ እንታይ ከም እትብሉ። ከምኡ ክገብሩ ዝፍቀደሎም ወግዓውያን ናይ kyr ምሕዳሳት ጥራይ እዮም። ዋላ ሓደ ኣይተቐየረን።
pack-error-content = እዚ ጥቕላል ጌጋ ስለ ዘለዎ፡ ዋላ ሓደ ኣይተቐየረን። ኣብ { $file }፣ መስመር { $line }: { $problem }
pack-error-io = እቲ ጥቕላል ክዕቀብ ኣይከኣለን። ዋላ ሓደ ኣይተቐየረን።
pack-broken = ሓደ ዝተጻዕነ ጥቕላል ክንበብ ኣይከኣለን። ንሕጂ እቲ ኣፕ ናይ ባዕሉ ትሕዝቶ ይጥቀም ኣሎ።
