# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Play in English
audio-stop = Stop
audio-playing = Playing
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Computer voice
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Play: { $language }, recorded by { $clinic }
audio-cannot-play = This recording cannot play on this phone.

## Clinic packs
pack-adds-recordings = Recordings read aloud: { $count }
pack-error-audio = A recording in this pack is damaged, too long or too large. Nothing was changed.
