# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = Phát bằng tiếng Anh
audio-stop = Dừng
audio-playing = Đang phát
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = Giọng do máy tính tạo ra
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = Phát: { $language }, do { $clinic } ghi âm
audio-cannot-play = Bản ghi âm này không phát được trên điện thoại này.

## Clinic packs
pack-adds-recordings = Bản ghi âm đọc to: { $count }
pack-error-audio = Một bản ghi âm trong gói thông tin này bị hỏng, quá dài hoặc quá lớn. Không có gì thay đổi.
