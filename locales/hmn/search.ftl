# Extra words that people type when they look for a guide: everyday and
# slang words, other names for the same thing. They are never shown; search
# uses them to find the guide. Write the words people in your community
# really use, separated by commas. They need not match the English ones.

search-keywords-right-now = pab, pab kuv, kev pab, help, ceev, xwm txheej ceev, emergency, tam sim no, raug nres, yuav ua li cas
search-keywords-street = tub ceev xwm, polis, cop, ID, daim npav ID, ntaub ntawv, npe, txoj kev, taug kev, tshawb lub cev, frisk, nug
search-keywords-door = ICE, raid, tsiv teb tsaws chaw, immigration, khob qhov rooj, qhov rooj, tsev, apartment, qhib qhov rooj, warrant, daim ntawv tso cai ntes, daim ntawv tso cai tshawb
search-keywords-face-scan = Mobile Fortify, face recognition, luam ntsej muag, ntsej muag, thaij duab, duab, ntiv tes, fingerprint, scan, camera, app
search-keywords-car = tsheb, tsav tsheb, nres tsheb, pulled over, traffic stop, daim ntawv tsav tsheb, license, neeg caij tsheb, trunk, ticket
search-keywords-workplace = haujlwm, chaw ua haujlwm, raid, boss, tswv haujlwm, hoobkas, factory, liaj teb, farm, khw noj mov, restaurant, phooj ywg ua haujlwm
search-keywords-protest = tawm tsam, kev tawm tsam, protest, march, rally, kaw video, video, thaij duab, record
search-keywords-arrest = raug ntes, ntes, raug kaw, tsev loj cuj, jail, detention, xa rov qab, xa tawm, deport, deportation, bond, nyiaj tso
search-keywords-border = ciam teb, border, border patrol, CBP, tshav dav hlau, airport, dav hlau, caij dav hlau, checkpoint, chaw kuaj xyuas, customs, mus ncig
search-keywords-places = tsev kawm ntawv, school, tsev teev ntuj, church, tuam tsev, temple, tsev kho mob, hospital, kws kho mob, doctor, tsev hais plaub, court
search-keywords-family = menyuam, tsev neeg, kev npaj, tus saib xyuas menyuam, guardian, leej twg tos menyuam, tos menyuam, ntaub ntawv, A-number, emergency plan
search-keywords-phone = xov tooj, xov tooj ntawm tes, cell phone, password, lej zais, qhib xov tooj, unlock, Facebook, social media, lus xa, text, duab
search-keywords-status = hnub mus hais plaub, court date, mus hais plaub, hearing, tsev hais plaub, tsev hais plaub tsiv teb tsaws chaw, immigration court, kws txiav txim, judge, check-in, ICE check-in, mus ntsib ICE, visa, student visa, visa kawm ntawv, work visa, visa ua haujlwm, sau npe, register, registration, G-325R
search-keywords-after = qhia, tsis txaus siab, complaint, sau cia, tim khawv, witness, nrhiav neeg, ploj, txheeb ze, locator, A-number, hotline
