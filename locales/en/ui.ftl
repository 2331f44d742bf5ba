# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = English
app-title = Know your rights
loading = Loading…

home-urgent = Stopped right now?
home-urgent-hint = The first steps, fast
home-scenarios = What is happening?
# Short buttons under the red card: one tap to the guide for that moment.
home-short-door = At my door
home-short-car = In a car
home-short-street = On the street
home-short-arrest = Detained
home-warrant = Check a warrant
home-warrant-hint = A paper at your door? Check it step by step.
home-more = More
home-cards = Show a card to an agent
home-cards-hint = Big English text, with your language below.
disclaimer = Legal information, not legal advice.

nav-back = Back
nav-language = Language
nav-home = Home
nav-glossary = Words to know
nav-settings = Settings

glossary-title = Words to know
settings-title = Settings
settings-state = Your state
settings-state-hint = Some guides show the rules of your state. Your choice stays on this phone.
settings-state-none = Not chosen
state-picker-title = Choose your state
state-note-heading = Your state: { $state }
state-note-choose = Choose your state to see its rule about giving your name.
state-note-change = Change state

cards-title = Cards to show an agent
cards-for-agent = For the officer:
cards-next = Next card
cards-previous = Previous card
cards-close = Close
guide-show-card = Show card
nav-print = Print cards
print-title = Print wallet cards
print-hint = For clinics: print on both sides of the paper, flipping on the long edge, then cut along the gray lines.
print-clinic = Your clinic's line (optional)
print-button = Print

warrant-title = Check a warrant
warrant-intro = Answer a few questions about the paper. Keep the door closed while you do this.
warrant-start-over = Start again
warrant-tone-stop = Keep the door closed
warrant-tone-caution = Be careful
warrant-tone-enter = They may come in
warrant-picture-compare = Left: a judge's warrant has the name of a court at the top. Right: an { -ice } form has the seal of the { -dhs }.
warrant-picture-signature = Left: a judge signs a judicial warrant. Right: an immigration officer signs an { -ice } warrant.

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
guide-reviewed-by = Checked against its sources by { $by } on { $date }.
guide-not-lawyer-reviewed = A lawyer has not reviewed this guide yet.
guide-lawyer-reviewed = Reviewed by a lawyer ({ $by }) on { $date }.
guide-stale = This guide was last checked on { $date }, more than a year ago. The law may have changed.
guide-sources = Sources for this guide
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } source
   *[other] { $count } sources
}
guide-terms = Words to know:
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
error-unknown-state = This state is not in the app.
notice-user-db-unreadable = Your saved settings could not be read. The file was kept as it is. The app uses default settings for now.

## Dates
# A calendar date, as in "Source read on Nov 20, 2026". Each month-N is the
# month's name in the form your language uses inside a date (short is fine);
# date-format puts day, month and year in your language's usual order.
date-format = { $month } { $day }, { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## Search
search-label = Search
# The search field's placeholder: two everyday examples, short enough to fit
# a phone's field in every language (the label "Search" is above it).
search-hint = door, lawyer…
# The button that empties the search field (read by screen readers).
search-clear = Clear the search
search-none = Nothing found. Try a shorter word, or pick a topic on the home screen.
search-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-in-english = In English
search-kind-guide = Guide
search-kind-card = Card to show
search-kind-term = Word to know
search-kind-state = State law
