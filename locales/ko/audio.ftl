# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = 영어로 재생
audio-stop = 멈추기
audio-playing = 재생 중
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = 컴퓨터 목소리
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = 재생: { $language }, { $clinic }에서 녹음
audio-cannot-play = 이 휴대폰에서는 이 녹음을 재생할 수 없어요.

## Clinic packs
pack-adds-recordings = 소리 내어 읽은 녹음: { $count }개
pack-error-audio = 이 자료 묶음에 있는 녹음 하나가 손상되었거나, 너무 길거나, 너무 커요. 바뀐 것은 없어요.
