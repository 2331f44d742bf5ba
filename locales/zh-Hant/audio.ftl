# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = 用英文播放
audio-stop = 停止
audio-playing = 正在播放
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = 電腦語音
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = 播放：{ $language }，由 { $clinic } 錄製
audio-cannot-play = 這支手機不能播放這個錄音。

## Clinic packs
pack-adds-recordings = 朗讀的錄音：{ $count } 段
pack-error-audio = 這個資料包裡有一個錄音損壞了，或是太長，或是太大。什麼都沒有改變。
