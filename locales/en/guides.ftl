# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = This app gives legal information, not legal advice. Talk to a lawyer about your case. To find free or low-cost help, open "Find legal help" in this app. The immigration courts also publish a list of free legal service providers.

## Stopped right now?

right-now-title = Stopped right now?
right-now-summary = The most important steps, in order.
right-now-first = Stay calm. Do not run. Keep your hands where the agents can see them.
right-now-do-free-to-go = Ask if you are free to go. If they say yes, walk away slowly.
right-now-do-silent = You can stay silent. Say out loud that you are staying silent.
right-now-do-name = In some states you must tell police your name if they stop you because they suspect a crime. Never give a false name.
right-now-do-papers = If you have valid U.S. immigration papers and an immigration agent asks for them, show them. Do not show papers from another country.
right-now-do-no-search = If they ask to search you or your things, you can say no. Police may still pat the outside of your clothes for weapons. Do not resist. Say, "I do not consent to a search."
right-now-do-lawyer = Ask for a lawyer. Do not sign any papers before you talk to one.
right-now-dont-run = Do not run, push or fight, even if you think the stop is unfair.
right-now-dont-lie = Do not lie, and do not show false papers. Lying to a federal agent is a crime.

## On the street

street-title = On the street
street-summary = Police or immigration agents stop you in a public place.
street-first = Stay calm. Do not run. Ask if you are free to go.
street-do-free-to-go = If they say you are free to go, walk away slowly.
street-do-silent = You can stay silent. Say out loud that you are staying silent.
street-do-name = In some states you must give your name if police stop you because they suspect you of a crime. Never give a false name. You do not have to answer questions about where you were born or your immigration status.
street-do-no-search = If they ask to search you or your bag, you can say no. Police may still pat the outside of your clothes for weapons. Do not resist.
street-do-carry-papers = If you are 18 or older and the U.S. gave you immigration papers, such as a green card, carry them with you.
street-do-show-papers = If you have valid U.S. immigration papers and an immigration agent asks for them, show them. Do not show papers from another country.
street-do-ask-agency = Ask which agency they are from. Immigration agents sometimes wear "POLICE" vests or say that they are police.
street-dont-run = Do not run, push or fight, even if you think the stop is unfair.
street-dont-lie = Do not lie. Do not show false papers.
street-dont-foreign-papers = If you do not have legal status, do not carry papers from another country, such as a passport. Do not offer them to agents. If you have an order of removal, ask a lawyer before you refuse a request for travel papers.
street-dont-sign = Do not sign any papers before you talk to a lawyer.
street-why-silence = The U.S. Constitution gives everyone in the country the right to stay silent, whatever their immigration status.
street-why-name = The Supreme Court has allowed states to make you give your name when police lawfully stop you because they suspect a crime. Some states ask for more, such as your address. You can still stay silent about where you were born and your immigration status.
street-why-carry = A federal law says people 18 and older who are not citizens must always carry the immigration papers they were given. Not carrying them is a crime.
street-why-frisk = Police may pat down the outside of your clothes if they reasonably think you have a weapon. That is not a full search.
street-why-fourth = The Fourth Amendment protects everyone in the U.S. from unreasonable searches and seizures. That is why you can say no to a search.
street-why-lie = Lying to a federal agent is a crime. Saying you are a U.S. citizen when you are not is a crime too, and it can stop you from ever getting legal status. Showing false papers is also a crime.
street-why-run = Running away can give police a reason to stop you. Fighting or blocking a federal officer is a crime.
street-why-287g = In some places, local police or sheriffs have an agreement with { -ice }, called 287(g), to do some immigration work. Your rights are the same with them.
street-unsettled-name-states = Only some states have a law that makes you give your name. Lists of these states do not agree. Ask a local lawyer about your state.
street-unsettled-expedited = Since January 2025, the government says it can use a fast removal process ("expedited removal") anywhere in the U.S. for people who cannot show they have lived here for two years. Courts have changed this more than once. If you are afraid to go back to your country, tell the officer clearly, and ask to talk to an asylum officer. Some lawyers say to keep proof of how long you have lived here, such as tax records, pay stubs or leases. Carrying it can also cause problems. Ask a lawyer what is right for you.
street-unsettled-border = At border crossings, and when you arrive at an airport from another country, different rules apply. See the guide on the border.
street-unsettled-federal = State laws about giving your name are written for police. It is not clear how they apply to federal immigration agents. You can always stay silent about where you were born and your status.
street-unsettled-roving = In September 2025, the Supreme Court let immigration agents in Southern California go on with stops while a court case decides if stops based on how people look, the language they speak, where they are or the work they do are legal. Agents still need reasonable suspicion to stop you.

## Agents at your door

door-title = Agents at your door
door-summary = Police or { -ice } knock on the door of your home.
door-first = Do not open the door. You can talk through the closed door.
door-do-ask-who = Ask who they are, which agency they are from, and why they are there. Ask them to show their ID through a window.
door-do-slide-warrant = Ask them to slide the warrant under the door or hold it up to a window.
door-do-judge = A warrant from a judge has the name of a court at the top. A judge signs it.
door-do-ice-form = An { -ice } warrant says "{ -dhs-on-papers }" at the top. An { -ice } officer signs it, not a judge. Forms I-200 and I-205 are { -ice } warrants.
door-do-silent = You can stay silent. You do not have to answer their questions.
door-dont-open = Do not open the door to see the paper or to talk.
door-dont-step-out = Do not step outside to talk. Agents sometimes try to get people to come out so they can arrest them.
door-dont-resist = If agents come in anyway, do not push or fight them. Say that you do not consent, and stay calm.
door-dont-lie = Do not lie. Do not show false papers.
door-dont-sign = Do not sign any papers before you talk to a lawyer.
door-why-payton = Police may not come into your home to arrest you without a warrant signed by a judge, unless you agree or there is an emergency. See the note below about an { -ice } memo.
door-why-fourth = The Fourth Amendment protects your home from unreasonable searches. That is why a judge's warrant, or your consent, matters.
door-why-arrest-warrant = A judge's arrest warrant lets officers enter the home of the person it names when they believe the person is inside. To search someone else's home for that person, they need a search warrant, consent or an emergency.
door-why-ruse = Immigration agents sometimes dress like police or say that they are police, to get people to open the door or come outside.
door-why-ice-forms = { -ice } warrants (forms I-200 and I-205) are signed by immigration officers, not by judges.
door-why-silence = The U.S. Constitution gives everyone the right to stay silent, whatever their immigration status.
door-unsettled-memo = An { -ice } memo from May 12, 2025 says agents may force their way into a home with an I-205 warrant to arrest a person who has a final order of removal. It goes against what { -ice } taught its officers before. People are challenging it in court. Still, do not open the door, and say that you do not consent.

## Face or fingerprint scan

scan-title = Face or fingerprint scan
scan-summary = An agent points a phone at your face or asks for your fingers.
scan-first = Stay calm. Do not run. Do not push the phone away.
scan-do-say-no-consent = You can say that you do not consent to the scan.
scan-do-silent = You can stay silent about where you were born and about your immigration status.
scan-do-free-to-go = Ask if you are free to go.
scan-do-lawyer = Ask for a lawyer.
scan-do-carry = If you have a green card and are 18 or older, the law says to carry it. U.S. citizens do not have to carry proof of citizenship. A member of Congress said { -ice } tells its officers they may ignore proof of citizenship, such as a birth certificate, if { -mobile-fortify } says the person is not a citizen.
scan-do-write-down = Afterwards, write down what happened: the time, the place, what the agents said, their names or badge numbers, car plates, and whether they scanned your face or your fingers.
scan-dont-resist = Do not fight or run, even if you think the scan is unfair.
scan-dont-lie = Do not lie. Do not show false papers.
scan-why-what = { -ice } agents use a phone app called { -mobile-fortify }. They point the phone at a face, take a photo without asking, and search government databases in seconds.
scan-why-databases = { -mobile-fortify } can also read fingerprints without touching the fingers. The government's main database of fingerprints and faces holds records on more than 270 million people.
scan-why-kept = A { -dhs } document says the photos are kept for 15 years, including photos of U.S. citizens.
scan-why-not-proof = A match alone is not proof. A { -dhs } rule (Directive 026-11) said face recognition may not be the only reason for an enforcement action. Other agencies, such as { -cbp } and TSA, check papers when a match is in doubt.
scan-why-errors = Face recognition makes more mistakes with women and people of color.
scan-unsettled-refuse = A { -dhs } document says { -ice } does not give people a chance to say no to the scan. No court has clearly said whether you can refuse. You can still say that you do not consent, but agents may scan you anyway.
scan-unsettled-fingerprints = In 2020, { -ice } said that fingerprinting with an older phone app was voluntary. It is not clear if that is still true.
scan-unsettled-match = Rights groups say { -ice } agents may treat a match as final, even when other proof says otherwise. It is not clear if the { -dhs } rule against using face recognition alone is still followed.
scan-unsettled-lawsuit = In January 2026, Illinois and the City of Chicago filed a lawsuit that includes the use of { -mobile-fortify }. The case may change the rules.
