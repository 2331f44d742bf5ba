# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = J'exerce mon droit de garder le silence.
phrase-no-search = Je ne consens pas à une fouille.
phrase-free-to-go = Suis-je libre de partir ?
phrase-lawyer = Je veux parler à un avocat.
phrase-no-sign = Je ne signerai rien sans un avocat.
phrase-no-entry = Je ne consens pas à ce que vous entriez chez moi.
phrase-slide-warrant = Veuillez glisser le mandat sous la porte.
phrase-no-scan = Je ne consens pas à ce scan.
phrase-wrong-warrant = Ce mandat porte le mauvais nom ou la mauvaise adresse.
phrase-no-phone-search = Je ne consens pas à une fouille de mon téléphone.
phrase-consulate = Je veux contacter mon consulat.
phrase-recording = J'enregistre. Je ne vous gêne pas.
phrase-license = Voici mon permis de conduire. Sur tout le reste, je garde le silence.
