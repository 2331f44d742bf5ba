# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = በእንግሊዝኛ አጫውት
audio-stop = አቁም
audio-playing = እየተጫወተ ነው
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = የኮምፒውተር ድምፅ
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = አጫውት፦ { $language }፣ በ{ $clinic } የተቀረጸ
audio-cannot-play = ይህ የድምፅ ቀረጻ በዚህ ስልክ ላይ ሊጫወት አይችልም።

## Clinic packs
pack-adds-recordings = ጽሑፍን ጮክ ብለው የሚያነቡ የድምፅ ቀረጻዎች፦ { $count }
pack-error-audio = በዚህ ጥቅል ውስጥ ያለ አንድ የድምፅ ቀረጻ ተበላሽቷል፣ በጣም ረጅም ነው ወይም በጣም ትልቅ ነው። ምንም አልተቀየረም።
