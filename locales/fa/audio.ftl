# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = پخش به انگلیسی
audio-stop = توقف
audio-playing = در حال پخش
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = صدای کامپیوتری
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = پخش: { $language }، ضبط‌شده توسط { $clinic }
audio-cannot-play = این صدای ضبط‌شده روی این گوشی پخش نمی‌شود.

## Clinic packs
pack-adds-recordings = صداهای ضبط‌شده که متن را بلند می‌خوانند: { $count }
pack-error-audio = یکی از صداهای ضبط‌شده در این بسته آسیب دیده، خیلی طولانی یا خیلی بزرگ است. هیچ چیز تغییر نکرد.
