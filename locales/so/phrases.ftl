# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Waxaan isticmaalayaa xaqayga ah inaan aamusnaado.
phrase-no-search = Ma oggoli baaritaan.
phrase-free-to-go = Ma xor baan u ahay inaan tago?
phrase-lawyer = Waxaan rabaa inaan la hadlo qareen.
phrase-no-sign = Waxba ma saxiixayo qareen la'aantii.
phrase-no-entry = Ma oggoli inaad gurigayga soo gasho.
phrase-slide-warrant = Fadlan waaranka ka soo mari albaabka hoostiisa.
phrase-no-scan = Ma oggoli iskaankan.
phrase-wrong-warrant = Waarankan magaca ama cinwaanka ku qoran waa khalad.
phrase-no-phone-search = Ma oggoli in taleefankayga la baaro.
phrase-consulate = Waxaan rabaa inaan la xiriiro qunsuliyaddayda.
phrase-recording = Waan duubayaa. Kuma hor istaagayo shaqadaada.
phrase-license = Kani waa laysinkayga. Wax kasta oo kale waan ka aamusayaa.
