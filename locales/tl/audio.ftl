# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = I-play sa Ingles
audio-stop = Ihinto
audio-playing = Nagpe-play
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Boses na gawa ng computer
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = I-play: { $language }, ni-record ng { $clinic }
audio-cannot-play = Hindi ma-play ang recording na ito sa teleponong ito.

## Clinic packs
pack-adds-recordings = Mga recording na binasa nang malakas: { $count }
pack-error-audio = Sira, masyadong mahaba o masyadong malaki ang isang recording sa paketeng ito. Walang nagbago.
