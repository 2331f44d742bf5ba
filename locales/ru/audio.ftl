# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Прослушать на английском
audio-stop = Остановить
audio-playing = Воспроизводится
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Компьютерный голос
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Прослушать: { $language } (запись: { $clinic })
audio-cannot-play = Этот телефон не может воспроизвести эту запись.

## Clinic packs
pack-adds-recordings = Записи, прочитанные вслух: { $count }
pack-error-audio = Одна запись в этом пакете повреждена, слишком длинная или слишком большая. Ничего не изменилось.
