# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = I am using my right to remain silent.
phrase-no-search = I do not consent to a search.
phrase-free-to-go = Am I free to go?
phrase-lawyer = I want to speak with a lawyer.
phrase-no-sign = I will not sign anything without a lawyer.
phrase-no-entry = I do not consent to you entering my home.
phrase-slide-warrant = Please slide the warrant under the door.
phrase-no-scan = I do not consent to this scan.
phrase-wrong-warrant = This warrant has the wrong name or the wrong address.
phrase-no-phone-search = I do not consent to a search of my phone.
phrase-consulate = I want to contact my consulate.
phrase-recording = I am recording. I am not getting in your way.
phrase-license = Here is my license. I will stay silent about anything else.
