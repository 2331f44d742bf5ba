# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = English
app-title = Know your rights
loading = Loading…

home-urgent = Stopped right now?
home-urgent-hint = The first steps, fast
home-scenarios = What is happening?
disclaimer = Legal information, not legal advice.

nav-back = Back
nav-language = Language
nav-home = Home

language-title = Choose your language
language-machine = Translated with machine help
notice-machine-assisted = This translation was made with machine help. A person has not checked it yet. Phrases also show the English.

section-first = Do this first
section-do = Do
section-dont = Do not
section-say = What to say
section-why = Why: the law
section-unsettled = Where the law is not clear
section-lawyer = Get a lawyer

phrase-english-label = In English:
guide-last-reviewed = Last checked: { $date }
citation-sources = Sources
citation-read-on = Read on { $date }
citation-kind-constitution = Constitution
citation-kind-statute = Law
citation-kind-regulation = Regulation
citation-kind-court = Court decision
citation-kind-agency = Government agency
citation-kind-organization = Legal organization
citation-kind-news = News report

error-storage = The app could not read its data. Your saved data was not changed.
error-content = The app's content has a problem. Please update the app.
error-unknown-guide = This guide is not in the app.
error-unknown-locale = This language is not in the app.
notice-user-db-unreadable = Your saved settings could not be read. The file was kept as it is. The app uses default settings for now.
