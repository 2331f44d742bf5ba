# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Прослухати англійською
audio-stop = Зупинити
audio-playing = Відтворюється
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Комп’ютерний голос
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Прослухати: { $language } (запис: { $clinic })
audio-cannot-play = Цей телефон не може відтворити цей запис.

## Clinic packs
pack-adds-recordings = Записи, прочитані вголос: { $count }
pack-error-audio = Один запис у цьому пакеті пошкоджений, задовгий або завеликий. Нічого не змінилося.
