# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Tagalog
app-title = Alamin ang iyong mga karapatan
loading = Naglo-load…

home-urgent = Pinahinto ka ngayon?
home-urgent-hint = Ang mga unang hakbang, mabilis
home-scenarios = Ano ang nangyayari?
home-short-door = Sa pinto mo
home-short-car = Sa kotse
home-short-street = Sa kalye
home-short-arrest = Inaresto o nakakulong
home-warrant = Suriin ang warrant
home-warrant-hint = May papel sa pinto mo? Suriin ito nang hakbang-hakbang.
home-more = Iba pa
home-cards = Magpakita ng card sa opisyal
home-cards-hint = Malalaking letrang Ingles, at nasa ilalim ang wika mo.
disclaimer = Impormasyong legal, hindi payong legal.

nav-back = Bumalik
nav-language = Wika
nav-home = Simula
nav-glossary = Mga salitang dapat malaman
nav-settings = Mga setting

glossary-title = Mga salitang dapat malaman
settings-title = Mga setting
settings-state = Ang estado mo
settings-state-hint = May mga gabay na nagpapakita ng mga patakaran ng estado mo. Sa teleponong ito lang nakatago ang pinili mo.
settings-state-none = Hindi pa napili
state-picker-title = Piliin ang estado mo
state-note-heading = Ang estado mo: { $state }
state-note-choose = Piliin ang estado mo para makita ang patakaran nito tungkol sa pagbibigay ng pangalan mo.
state-note-change = Palitan ang estado

cards-title = Mga card na ipapakita sa opisyal
cards-for-agent = Para sa opisyal:
cards-next = Susunod na card
cards-previous = Nakaraang card
cards-close = Isara
guide-show-card = Ipakita ang card
nav-print = I-print ang mga card
print-title = I-print ang mga card na pang-wallet
print-hint = Para sa mga klinika: i-print sa magkabilang panig ng papel, at baligtarin sa mahabang gilid, saka gupitin sa mga kulay-abong linya.
print-clinic = Linya ng teksto ng klinika mo (opsyonal)
print-button = I-print

warrant-title = Suriin ang warrant
warrant-intro = Sagutin ang ilang tanong tungkol sa papel. Panatilihing nakasara ang pinto habang ginagawa mo ito.
warrant-start-over = Magsimula ulit
warrant-tone-stop = Panatilihing nakasara ang pinto
warrant-tone-caution = Mag-ingat
warrant-tone-enter = Maaari silang pumasok
warrant-picture-compare = Kaliwa: ang warrant ng hukom ay may pangalan ng korte sa itaas. Kanan: ang form ng { -ice } ay may selyo ng { -dhs }.
warrant-picture-signature = Kaliwa: hukom ang pumipirma sa judicial warrant (warrant ng korte). Kanan: opisyal ng imigrasyon ang pumipirma sa warrant ng { -ice }.

language-title = Piliin ang wika mo
language-machine = Isinalin sa tulong ng makina
notice-machine-assisted = Ginawa ang salin na ito sa tulong ng makina. Hindi pa ito nasusuri ng isang tao. Ipinapakita rin ng mga parirala ang Ingles.

section-first = Gawin muna ito
section-do = Gawin
section-dont = Huwag gawin
section-say = Ano ang sasabihin
section-why = Bakit: ang batas
section-unsettled = Kung saan hindi malinaw ang batas
section-lawyer = Kumuha ng abogado

phrase-english-label = Sa Ingles:
guide-reviewed-by = Sinuri ang gabay na ito ayon sa mga sanggunian nito noong { $date }. Sumuri: { $by }.
guide-not-lawyer-reviewed = Hindi pa nasusuri ng abogado ang gabay na ito.
guide-lawyer-reviewed = Sinuri ng abogado ({ $by }) noong { $date }.
guide-stale = Huling nasuri ang gabay na ito noong { $date }, mahigit isang taon na ang nakalipas. Maaaring nagbago na ang batas.
guide-sources = Mga sanggunian ng gabay na ito
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } sanggunian
   *[other] { $count } sanggunian
}
guide-terms = Mga salitang dapat malaman:
citation-sources = Mga sanggunian
citation-read-on = Binasa noong { $date }
citation-kind-constitution = Konstitusyon
citation-kind-statute = Batas
citation-kind-regulation = Regulasyon
citation-kind-court = Desisyon ng korte
citation-kind-agency = Ahensya ng gobyerno
citation-kind-organization = Organisasyong legal
citation-kind-news = Balita

error-storage = Hindi mabasa ng app ang data nito. Hindi nabago ang naka-save mong data.
error-content = May problema ang nilalaman ng app. Paki-update ang app.
error-unknown-guide = Wala sa app ang gabay na ito.
error-unknown-locale = Wala sa app ang wikang ito.
error-unknown-state = Wala sa app ang estadong ito.
notice-user-db-unreadable = Hindi mabasa ang naka-save mong mga setting. Hindi ginalaw ang file. Default na mga setting muna ang ginagamit ng app sa ngayon.
date-format = { $month } { $day }, { $year }
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre

## Search
search-label = Maghanap
search-hint = pinto, abogado…
search-clear = Burahin ang hinahanap
search-none = Walang nahanap. Subukan ang mas maikling salita, o pumili ng paksa sa Simula.
search-count = { $count ->
    [one] { $count } resulta
   *[other] { $count } resulta
}
search-in-english = Sa Ingles
search-kind-guide = Gabay
search-kind-card = Card na ipapakita
search-kind-term = Salitang dapat malaman
search-kind-state = Batas ng estado
