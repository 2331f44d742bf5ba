# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Protests and recording
protest-summary = You march, watch or record agents in public.
protest-first = Know the risk before you go. Any contact with police can lead to immigration problems, even without an arrest.
protest-do-record = You may record police and agents doing their jobs in public, from a safe distance. Do not get in their way.
protest-do-phone = Before a protest, turn off face and fingerprint unlock. Use a passcode instead.
protest-do-silent = If police stop you, you can stay silent and ask for a lawyer.
protest-do-plan = Go with friends. Memorize the phone number of someone to call if you are arrested.
protest-dont-fight = Do not fight or resist, even if you think an arrest is wrong.
protest-dont-carry = Do not carry papers from another country, and never show false papers.
protest-dont-sign = Do not sign anything before you talk to a lawyer.
protest-why-speech = The First Amendment protects peaceful protest for everyone in the U.S. Taking part in a peaceful protest is not a reason for deportation, but an arrest or a criminal charge can be.
protest-why-record = Several federal appeals courts say the First Amendment protects recording officials who work in public, with reasonable limits.
protest-why-passcode = A memorized passcode gives you stronger legal protection than a face or fingerprint unlock.
protest-unsettled-courts = Courts do not always protect the free speech rights of immigrants the same way.
protest-unsettled-scans = Videos show agents pointing phones at protesters. This may be face scanning. See the guide on face and fingerprint scans.
protest-unsettled-record = Not every court has ruled on recording, and it is less clear how these rulings apply to federal agents.
