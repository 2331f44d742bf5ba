# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = ইংরেজিতে শুনুন
audio-stop = থামান
audio-playing = চলছে
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = কম্পিউটারের কণ্ঠ
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = শুনুন: { $language }, { $clinic } রেকর্ড করেছে
audio-cannot-play = এই রেকর্ডিংটি এই ফোনে চালানো যাবে না।

## Clinic packs
pack-adds-recordings = জোরে পড়ে শোনানো রেকর্ডিং: { $count }
pack-error-audio = এই প্যাকেজের একটি রেকর্ডিং নষ্ট, অথবা খুব লম্বা বা খুব বড়। অ্যাপে কিছুই বদলায়নি।
