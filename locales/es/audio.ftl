# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Escuchar en inglés
audio-stop = Detener
audio-playing = Reproduciendo
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Voz de computadora
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Escuchar: { $language }, grabación de { $clinic }
audio-cannot-play = Esta grabación no se puede escuchar en este teléfono.

## Clinic packs
pack-adds-recordings = Grabaciones leídas en voz alta: { $count }
pack-error-audio = Una grabación de este paquete está dañada, es demasiado larga o es demasiado grande. No se cambió nada.
