# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = شغّل بالإنجليزية
audio-stop = إيقاف
audio-playing = جار التشغيل
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = صوت من صنع الكمبيوتر
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = شغّل: { $language }، تسجيل من { $clinic }
audio-cannot-play = لا يمكن تشغيل هذا التسجيل على هذا الهاتف.

## Clinic packs
pack-adds-recordings = تسجيلات لنصوص مقروءة بصوت عال: { $count }
pack-error-audio = أحد التسجيلات في هذه الحزمة تالف، أو طويل جدا، أو كبير جدا. لم يتغير شيء.
