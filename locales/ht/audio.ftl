# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Jwe l an angle
audio-stop = Kanpe
audio-playing = Ap jwe
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Vwa òdinatè
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Jwe: { $language }, se { $clinic } ki anrejistre l
audio-cannot-play = Anrejistreman sa a pa ka jwe sou telefòn sa a.

## Clinic packs
pack-adds-recordings = Anrejistreman yo li awotvwa: { $count }
pack-error-audio = Yon anrejistreman nan pake sa a domaje, twò long oswa twò gwo. Anyen pa chanje.
