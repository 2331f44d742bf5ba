# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = अंग्रेज़ी में सुनें
audio-stop = रोकें
audio-playing = चल रहा है
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = कंप्यूटर की आवाज़
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = सुनें: { $language }, { $clinic } ने रिकॉर्ड किया
audio-cannot-play = यह रिकॉर्डिंग इस फ़ोन पर नहीं चल सकती।

## Clinic packs
pack-adds-recordings = पढ़कर सुनाई गई रिकॉर्डिंग: { $count }
pack-error-audio = इस पैकेज में एक रिकॉर्डिंग ख़राब है, बहुत लंबी है या बहुत बड़ी है। ऐप में कुछ नहीं बदला।
