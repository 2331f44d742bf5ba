# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = ብእንግሊዝኛ ስምዑ
audio-stop = ደው ኣብሉ
audio-playing = ይስማዕ ኣሎ
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = ድምጺ ኮምፒዩተር
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = ስምዑ: { $language }፣ ብ{ $clinic } ዝተቐርጸ
audio-cannot-play = እዚ ዝተቐርጸ ድምጺ ኣብዚ ተሌፎን ክስማዕ ኣይክእልን።

## Clinic packs
pack-adds-recordings = ጽሑፍ ዓው ኢሎም ዘንብቡ ዝተቐርጹ ድምጽታት: { $count }
pack-error-audio = ኣብዚ ጥቕላል ዘሎ ሓደ ዝተቐርጸ ድምጺ ተበላሺዩ፣ ኣዝዩ ነዊሕ ወይ ኣዝዩ ዓቢ እዩ። ዋላ ሓደ ኣይተቐየረን።
