# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Écouter en anglais
audio-stop = Arrêter
audio-playing = Lecture en cours
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Voix d'ordinateur
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Écouter : { $language }, enregistrement de { $clinic }
audio-cannot-play = Cet enregistrement ne peut pas être écouté sur ce téléphone.

## Clinic packs
pack-adds-recordings = Enregistrements lus à voix haute : { $count }
pack-error-audio = Un enregistrement de ce paquet est abîmé, trop long ou trop gros. Rien n'a changé.
