# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਸੁਣਾਓ
audio-stop = ਰੋਕੋ
audio-playing = ਚੱਲ ਰਿਹਾ ਹੈ
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = ਕੰਪਿਊਟਰ ਦੀ ਆਵਾਜ਼
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = ਸੁਣਾਓ: { $language }, { $clinic } ਵੱਲੋਂ ਰਿਕਾਰਡ ਕੀਤੀ
audio-cannot-play = ਇਹ ਰਿਕਾਰਡਿੰਗ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਨਹੀਂ ਚੱਲ ਸਕਦੀ।

## Clinic packs
pack-adds-recordings = ਪੜ੍ਹ ਕੇ ਸੁਣਾਈਆਂ ਰਿਕਾਰਡਿੰਗਾਂ: { $count }
pack-error-audio = ਇਸ ਪੈਕੇਜ ਵਿੱਚ ਇੱਕ ਰਿਕਾਰਡਿੰਗ ਖ਼ਰਾਬ ਹੈ, ਬਹੁਤ ਲੰਮੀ ਹੈ ਜਾਂ ਬਹੁਤ ਵੱਡੀ ਹੈ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
