# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = په انګلیسي واورئ
audio-stop = ودروئ
audio-playing = غږېږي
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = د کمپیوټر غږ
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = واورئ: { $language }، د { $clinic } له خوا ثبت شوی
audio-cannot-play = دا ثبت شوی غږ په دې تلیفون کې نه شي غږېدای.

## Clinic packs
pack-adds-recordings = ثبت شوي غږونه چې متن په لوړ غږ لولي: { $count }
pack-error-audio = په دې بسته کې یو ثبت شوی غږ خراب شوی، ډېر اوږد یا ډېر لوی دی. هېڅ شی بدل نه شو.
