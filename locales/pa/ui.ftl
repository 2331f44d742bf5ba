# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = ਪੰਜਾਬੀ
app-title = ਆਪਣੇ ਹੱਕ ਜਾਣੋ
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…

home-urgent = ਕੀ ਤੁਹਾਨੂੰ ਹੁਣੇ ਰੋਕਿਆ ਗਿਆ ਹੈ?
home-urgent-hint = ਪਹਿਲੇ ਕਦਮ, ਜਲਦੀ
home-scenarios = ਕੀ ਹੋ ਰਿਹਾ ਹੈ?
home-short-door = ਮੇਰੇ ਦਰਵਾਜ਼ੇ 'ਤੇ
home-short-car = ਗੱਡੀ ਵਿੱਚ
home-short-street = ਸੜਕ 'ਤੇ
home-short-arrest = ਹਿਰਾਸਤ ਵਿੱਚ
home-warrant = ਵਾਰੰਟ ਦੀ ਜਾਂਚ ਕਰੋ
home-warrant-hint = ਤੁਹਾਡੇ ਦਰਵਾਜ਼ੇ 'ਤੇ ਕੋਈ ਕਾਗਜ਼ ਹੈ? ਕਦਮ-ਦਰ-ਕਦਮ ਇਸ ਦੀ ਜਾਂਚ ਕਰੋ।
home-more = ਹੋਰ
home-cards = ਅਫ਼ਸਰ ਨੂੰ ਕਾਰਡ ਦਿਖਾਓ
home-cards-hint = ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਅੰਗਰੇਜ਼ੀ, ਹੇਠਾਂ ਤੁਹਾਡੀ ਭਾਸ਼ਾ।
disclaimer = ਕਾਨੂੰਨੀ ਜਾਣਕਾਰੀ, ਕਾਨੂੰਨੀ ਸਲਾਹ ਨਹੀਂ।

nav-back = ਪਿੱਛੇ
nav-language = ਭਾਸ਼ਾ
nav-home = ਮੁੱਖ ਪੰਨਾ
nav-glossary = ਜਾਣਨ ਵਾਲੇ ਸ਼ਬਦ
nav-settings = ਸੈਟਿੰਗਾਂ

glossary-title = ਜਾਣਨ ਵਾਲੇ ਸ਼ਬਦ
settings-title = ਸੈਟਿੰਗਾਂ
settings-state = ਤੁਹਾਡਾ ਸਟੇਟ
settings-state-hint = ਕੁਝ ਗਾਈਡਾਂ ਤੁਹਾਡੇ ਸਟੇਟ ਦੇ ਨਿਯਮ ਦਿਖਾਉਂਦੀਆਂ ਹਨ। ਤੁਹਾਡੀ ਚੋਣ ਇਸੇ ਫ਼ੋਨ ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ।
settings-state-none = ਨਹੀਂ ਚੁਣਿਆ
state-picker-title = ਆਪਣਾ ਸਟੇਟ ਚੁਣੋ
state-note-heading = ਤੁਹਾਡਾ ਸਟੇਟ: { $state }
state-note-choose = ਆਪਣਾ ਨਾਮ ਦੱਸਣ ਬਾਰੇ ਉਸ ਦਾ ਨਿਯਮ ਦੇਖਣ ਲਈ ਆਪਣਾ ਸਟੇਟ ਚੁਣੋ।
state-note-change = ਸਟੇਟ ਬਦਲੋ

cards-title = ਅਫ਼ਸਰ ਨੂੰ ਦਿਖਾਉਣ ਵਾਲੇ ਕਾਰਡ
cards-for-agent = ਅਫ਼ਸਰ ਲਈ:
cards-next = ਅਗਲਾ ਕਾਰਡ
cards-previous = ਪਿਛਲਾ ਕਾਰਡ
cards-close = ਬੰਦ ਕਰੋ
guide-show-card = ਕਾਰਡ ਦਿਖਾਓ
nav-print = ਕਾਰਡ ਪ੍ਰਿੰਟ ਕਰੋ
print-title = ਜੇਬ ਵਾਲੇ ਕਾਰਡ ਪ੍ਰਿੰਟ ਕਰੋ
print-hint = ਕਲੀਨਿਕਾਂ ਲਈ: ਕਾਗਜ਼ ਦੇ ਦੋਵੇਂ ਪਾਸੇ ਪ੍ਰਿੰਟ ਕਰੋ, ਲੰਮੇ ਕਿਨਾਰੇ ਤੋਂ ਪਲਟ ਕੇ, ਫਿਰ ਸਲੇਟੀ ਲਾਈਨਾਂ ਉੱਤੇ ਕੱਟੋ।
print-clinic = ਤੁਹਾਡੇ ਕਲੀਨਿਕ ਦੀ ਲਾਈਨ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
print-button = ਪ੍ਰਿੰਟ ਕਰੋ

warrant-title = ਵਾਰੰਟ ਦੀ ਜਾਂਚ ਕਰੋ
warrant-intro = ਕਾਗਜ਼ ਬਾਰੇ ਕੁਝ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ। ਇਹ ਕਰਦੇ ਸਮੇਂ ਦਰਵਾਜ਼ਾ ਬੰਦ ਰੱਖੋ।
warrant-start-over = ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
warrant-tone-stop = ਦਰਵਾਜ਼ਾ ਬੰਦ ਰੱਖੋ
warrant-tone-caution = ਸਾਵਧਾਨ ਰਹੋ
warrant-tone-enter = ਉਹ ਅੰਦਰ ਆ ਸਕਦੇ ਹਨ
warrant-picture-compare = ਖੱਬੇ: ਜੱਜ ਦੇ ਵਾਰੰਟ ਦੇ ਉੱਪਰ ਕਿਸੇ ਅਦਾਲਤ ਦਾ ਨਾਮ ਹੁੰਦਾ ਹੈ। ਸੱਜੇ: { -ice } ਦੇ ਫ਼ਾਰਮ ਉੱਤੇ { -dhs } ਦੀ ਮੋਹਰ ਹੁੰਦੀ ਹੈ।
warrant-picture-signature = ਖੱਬੇ: ਅਦਾਲਤੀ ਵਾਰੰਟ ਉੱਤੇ ਜੱਜ ਦਸਤਖ਼ਤ ਕਰਦਾ ਹੈ। ਸੱਜੇ: { -ice } ਵਾਰੰਟ ਉੱਤੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਅਫ਼ਸਰ ਦਸਤਖ਼ਤ ਕਰਦਾ ਹੈ।

language-title = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
language-machine = ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਅਨੁਵਾਦ ਕੀਤਾ ਗਿਆ
notice-machine-assisted = ਇਹ ਅਨੁਵਾਦ ਮਸ਼ੀਨ ਦੀ ਮਦਦ ਨਾਲ ਕੀਤਾ ਗਿਆ ਹੈ। ਕਿਸੇ ਵਿਅਕਤੀ ਨੇ ਅਜੇ ਇਸ ਦੀ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ। ਵਾਕਾਂ ਦੇ ਨਾਲ ਅੰਗਰੇਜ਼ੀ ਵੀ ਦਿਖਾਈ ਜਾਂਦੀ ਹੈ।

section-first = ਪਹਿਲਾਂ ਇਹ ਕਰੋ
section-do = ਕਰੋ
section-dont = ਨਾ ਕਰੋ
section-say = ਕੀ ਕਹਿਣਾ ਹੈ
section-why = ਕਿਉਂ: ਕਾਨੂੰਨ
section-unsettled = ਜਿੱਥੇ ਕਾਨੂੰਨ ਸਪਸ਼ਟ ਨਹੀਂ ਹੈ
section-lawyer = ਵਕੀਲ ਲਵੋ

phrase-english-label = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ:
guide-reviewed-by = { $by } ਨੇ { $date } ਨੂੰ ਇਸ ਦੇ ਸਰੋਤਾਂ ਨਾਲ ਇਸ ਦੀ ਜਾਂਚ ਕੀਤੀ।
guide-not-lawyer-reviewed = ਕਿਸੇ ਵਕੀਲ ਨੇ ਅਜੇ ਇਸ ਗਾਈਡ ਦੀ ਸਮੀਖਿਆ ਨਹੀਂ ਕੀਤੀ।
guide-lawyer-reviewed = ਇੱਕ ਵਕੀਲ ({ $by }) ਨੇ { $date } ਨੂੰ ਇਸ ਦੀ ਸਮੀਖਿਆ ਕੀਤੀ।
guide-stale = ਇਸ ਗਾਈਡ ਦੀ ਆਖ਼ਰੀ ਜਾਂਚ { $date } ਨੂੰ ਹੋਈ ਸੀ, ਇੱਕ ਸਾਲ ਤੋਂ ਵੱਧ ਪਹਿਲਾਂ। ਹੋ ਸਕਦਾ ਹੈ ਕਾਨੂੰਨ ਬਦਲ ਗਿਆ ਹੋਵੇ।
guide-sources = ਇਸ ਗਾਈਡ ਦੇ ਸਰੋਤ
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } ਸਰੋਤ
   *[other] { $count } ਸਰੋਤ
}
guide-terms = ਜਾਣਨ ਵਾਲੇ ਸ਼ਬਦ:
citation-sources = ਸਰੋਤ
citation-read-on = { $date } ਨੂੰ ਪੜ੍ਹਿਆ
citation-kind-constitution = ਸੰਵਿਧਾਨ
citation-kind-statute = ਕਾਨੂੰਨ
citation-kind-regulation = ਨਿਯਮ
citation-kind-court = ਅਦਾਲਤੀ ਫ਼ੈਸਲਾ
citation-kind-agency = ਸਰਕਾਰੀ ਏਜੰਸੀ
citation-kind-organization = ਕਾਨੂੰਨੀ ਸੰਸਥਾ
citation-kind-news = ਖ਼ਬਰ ਰਿਪੋਰਟ

error-storage = ਐਪ ਆਪਣਾ ਡਾਟਾ ਨਹੀਂ ਪੜ੍ਹ ਸਕੀ। ਤੁਹਾਡਾ ਸੰਭਾਲਿਆ ਡਾਟਾ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
error-content = ਐਪ ਦੀ ਸਮੱਗਰੀ ਵਿੱਚ ਕੋਈ ਸਮੱਸਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਐਪ ਅੱਪਡੇਟ ਕਰੋ।
error-unknown-guide = ਇਹ ਗਾਈਡ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ।
error-unknown-locale = ਇਹ ਭਾਸ਼ਾ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ।
error-unknown-state = ਇਹ ਸਟੇਟ ਐਪ ਵਿੱਚ ਨਹੀਂ ਹੈ।
notice-user-db-unreadable = ਤੁਹਾਡੀਆਂ ਸੰਭਾਲੀਆਂ ਸੈਟਿੰਗਾਂ ਪੜ੍ਹੀਆਂ ਨਹੀਂ ਜਾ ਸਕੀਆਂ। ਫ਼ਾਈਲ ਨੂੰ ਜਿਵੇਂ ਸੀ ਉਵੇਂ ਹੀ ਰੱਖਿਆ ਗਿਆ ਹੈ। ਫ਼ਿਲਹਾਲ ਐਪ ਮੂਲ (ਡਿਫ਼ਾਲਟ) ਸੈਟਿੰਗਾਂ ਵਰਤ ਰਹੀ ਹੈ।
date-format = { $day } { $month } { $year }
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ

## Search
search-label = ਖੋਜੋ
search-hint = ਦਰਵਾਜ਼ਾ, ਵਕੀਲ…
search-clear = ਖੋਜ ਮਿਟਾਓ
search-none = ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ। ਛੋਟਾ ਸ਼ਬਦ ਲਿਖ ਕੇ ਦੇਖੋ, ਜਾਂ ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਕੋਈ ਵਿਸ਼ਾ ਚੁਣੋ।
search-count = { $count ->
    [one] { $count } ਨਤੀਜਾ
   *[other] { $count } ਨਤੀਜੇ
}
search-in-english = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
search-kind-guide = ਗਾਈਡ
search-kind-card = ਦਿਖਾਉਣ ਵਾਲਾ ਕਾਰਡ
search-kind-term = ਜਾਣਨ ਵਾਲਾ ਸ਼ਬਦ
search-kind-state = ਸਟੇਟ ਦਾ ਕਾਨੂੰਨ
