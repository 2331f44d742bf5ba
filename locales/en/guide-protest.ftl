# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Protests and recording
protest-summary = You march, watch or record agents in public.
protest-first = Know the risk before you go. Any contact with police can lead to immigration problems, even without an arrest.
protest-do-record = You may record police and agents doing their jobs in public. Stay back as far as they tell you. Do not get in their way.
protest-do-phone = Before a protest, turn off face and fingerprint unlock. Use a passcode instead.
protest-do-silent = If police stop you, you can stay silent and ask for a lawyer.
protest-do-plan = Go with friends. Memorize the phone number of someone to call if you are arrested.
protest-dont-fight = Do not fight or resist, even if you think an arrest is wrong.
protest-dont-carry = Do not carry papers from another country, and never show false papers.
protest-dont-sign = Do not sign anything before you talk to a lawyer.
protest-why-speech = The First Amendment protects peaceful protest for everyone in the U.S. Peaceful protest is not on the list of reasons for deportation. But an arrest or a criminal charge can lead to deportation.
protest-why-record = Several federal appeals courts say the First Amendment protects recording officials who work in public, with reasonable limits.
protest-why-passcode = A memorized passcode gives you stronger legal protection than a face or fingerprint unlock.
protest-unsettled-courts = Courts do not always protect the free speech rights of immigrants the same way.
protest-unsettled-visas = Since 2025, the government has cancelled visas and tried to deport some noncitizens, including students and green card holders, because of protests or speech. Courts are deciding whether this is legal. If you are not a U.S. citizen, and most of all if you have a visa, talk to a lawyer before you go.
protest-unsettled-impeding = Blocking or interfering with a federal officer is a crime. Keep a distance when you record.
protest-unsettled-scans = Videos show agents pointing phones at protesters. This may be face scanning. See the guide on face and fingerprint scans.
protest-unsettled-record = Not every court has ruled on recording, and it is less clear how these rulings apply to federal agents.
