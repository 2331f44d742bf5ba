# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = 用英文播放
audio-stop = 停止
audio-playing = 正在播放
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = 电脑语音
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = 播放：{ $language }，由 { $clinic } 录制
audio-cannot-play = 这部手机不能播放这个录音。

## Clinic packs
pack-adds-recordings = 朗读的录音：{ $count } 段
pack-error-audio = 这个资料包里有一个录音损坏了，或者太长，或者太大。什么都没有改变。
