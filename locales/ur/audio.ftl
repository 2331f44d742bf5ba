# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = انگریزی میں چلائیں
audio-stop = روکیں
audio-playing = چل رہا ہے
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = کمپیوٹر کی بنائی ہوئی آواز
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = چلائیں: { $language }، { $clinic } نے ریکارڈ کی
audio-cannot-play = یہ ریکارڈنگ اس فون پر نہیں چل سکتی۔

## Clinic packs
pack-adds-recordings = بلند آواز میں پڑھی گئی ریکارڈنگز: { $count }
pack-error-audio = اس پیکج میں ایک ریکارڈنگ خراب ہے، بہت لمبی ہے یا بہت بڑی ہے۔ کچھ بھی تبدیل نہیں ہوا۔
