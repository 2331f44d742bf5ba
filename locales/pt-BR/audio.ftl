# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Ouvir em inglês
audio-stop = Parar
audio-playing = Tocando
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Voz de computador
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Ouvir: { $language }, gravação de { $clinic }
audio-cannot-play = Não é possível ouvir esta gravação neste celular.

## Clinic packs
pack-adds-recordings = Gravações lidas em voz alta: { $count }
pack-error-audio = Uma gravação deste pacote está danificada, é longa demais ou grande demais. Nada foi alterado.
