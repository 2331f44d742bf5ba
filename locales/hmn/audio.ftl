# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Tso suab ua lus Askiv
audio-stop = Nres
audio-playing = Tab tom tso suab
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Suab uas lub computer ua
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Tso suab: { $language }, kaw los ntawm { $clinic }
audio-cannot-play = Lub suab kaw cia no tso tsis tau hauv lub xov tooj no.

## Clinic packs
pack-adds-recordings = Cov suab kaw cia uas nyeem nrov nrov: { $count }
pack-error-audio = Ib lub suab kaw cia hauv pob ntaub ntawv no puas lawm, ntev dhau los sis loj dhau. Tsis muaj dab tsi hloov.
