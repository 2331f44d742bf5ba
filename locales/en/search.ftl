# Extra words that people type when they look for a guide: everyday and
# slang words, other names for the same thing. They are never shown; search
# uses them to find the guide. Write the words people in your community
# really use, separated by commas. They need not match the English ones.

search-keywords-right-now = help, emergency, now, urgent, stopped, what do I do
search-keywords-street = police, cop, ID, papers, documents, show me your papers, name, sidewalk, walking, frisk, pat down
search-keywords-door = la migra, ICE raid, knock, knocking, home, house, apartment, open the door, warrant
search-keywords-face-scan = Mobile Fortify, facial recognition, face ID, photo, picture, fingerprints, biometrics, camera, app
search-keywords-car = traffic stop, pulled over, driving, driver, license, passenger, vehicle, trunk, ticket
search-keywords-workplace = job, work raid, boss, employer, factory, farm, restaurant, coworkers
search-keywords-protest = march, rally, demonstration, film, filming, video, record police
search-keywords-arrest = detained, jail, detention center, locked up, deportation, deported, bond, custody
search-keywords-border = airport, plane, flight, checkpoint, customs, border patrol, travel
search-keywords-places = school, church, mosque, temple, hospital, doctor, court, courthouse, sensitive places
search-keywords-family = children, kids, plan, guardian, who picks up the kids, documents, emergency plan
search-keywords-phone = cell phone, password, passcode, unlock, social media, messages, texts, photos
search-keywords-status = court date, hearing, immigration court, judge, check-in, ICE check-in, visa, student visa, work visa, register, registration, G-325R
search-keywords-after = report, complaint, write it down, witness, find someone, missing relative, locator
