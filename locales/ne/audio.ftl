# Spoken help: a play button beside each English phrase shown to an agent,
# and beside recordings that a clinic adds with a pack.

## The play control (a button; its name changes while it plays)
audio-play-english = अङ्ग्रेजीमा सुन्नुहोस्
audio-stop = रोक्नुहोस्
audio-playing = बजिरहेको छ
# Under the button: the English voice is made by a computer, not a person.
audio-computer-voice = कम्प्युटरको आवाज
# A clinic's own recording. $language is the language the clinic recorded,
# written by the clinic (for example "Mam"). $clinic is the clinic's name.
audio-play-recording = सुन्नुहोस्: { $language }, { $clinic } ले रेकर्ड गरेको
audio-cannot-play = यो रेकर्डिङ यो फोनमा बजाउन सकिँदैन।

## Clinic packs
pack-adds-recordings = ठूलो स्वरमा पढेर सुनाइएका रेकर्डिङहरू: { $count }
pack-error-audio = यो प्याकेजको एउटा रेकर्डिङ बिग्रिएको छ, धेरै लामो छ वा धेरै ठूलो छ। एपमा केही पनि बदलिएन।
