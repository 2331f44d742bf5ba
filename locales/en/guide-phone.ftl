# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = Your phone
phone-summary = Police or agents want to look at your phone.
phone-first = Lock your phone with a passcode, not your face or fingerprint.
phone-do-no-consent = Say that you do not consent to a search of your phone.
phone-do-passcode = Use a long passcode. Turn off face and fingerprint unlock before a protest or a trip across the border.
phone-do-silent = Stay silent. Ask for a lawyer before you give anyone your passcode.
phone-dont-unlock = Do not unlock your phone for police because they ask.
phone-dont-delete = Do not delete things from your phone after police or agents ask for it. Hiding or destroying information then can be a crime.
phone-dont-fight = Do not physically resist if they take the phone.
phone-why-riley = The Supreme Court says police usually need a warrant to search the data on the phone of a person they arrest.
phone-why-biometric = One federal appeals court allowed police to force a person's thumb onto their phone to unlock it. A memorized passcode gives stronger protection.
phone-why-border = At the border, agents may look through a phone without a warrant. { -cbp } policy says a basic search needs no suspicion, and an advanced search with tools needs reasonable suspicion or a national security concern.
phone-unsettled-circuits = Courts disagree about phone searches at the border. Some appeals courts say a search with tools needs reasonable suspicion. Another says it needs no suspicion. They also disagree about what agents may look for. This may change.
phone-unsettled-passcode = Whether police can force you to tell them your passcode is not settled. A memorized passcode still protects you better than your face or fingerprint.
phone-unsettled-policy = { -cbp } reportedly replaced its phone search policy in January 2026. We have not read the new policy, so the rules above may have changed.
