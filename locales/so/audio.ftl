# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Daar codka Ingiriisiga
audio-stop = Jooji
audio-playing = Waa socdaa
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Cod uu kombiyuutar sameeyay
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Daar: { $language }, waxaa duubay { $clinic }
audio-cannot-play = Codkan la duubay laguma daari karo taleefankan.

## Clinic packs
pack-adds-recordings = Codad la duubay oo kor loo akhriyay: { $count }
pack-error-audio = Xirmadan waxaa ku jira cod la duubay oo xumaaday, aad u dheer, ama aad u weyn. Waxba lama beddelin.
