# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Hmoob Dawb
app-title = Paub koj txoj cai
loading = Tab tom thauj…

home-urgent = Raug nres tam sim no?
home-urgent-hint = Thawj cov kauj ruam, sai sai
home-scenarios = Muaj dab tsi tshwm sim?
home-short-door = Ntawm kuv qhov rooj
home-short-car = Hauv tsheb
home-short-street = Ntawm txoj kev
home-short-arrest = Raug ntes
home-warrant = Kuaj daim ntawv tso cai ntes los sis tshawb (warrant)
home-warrant-hint = Muaj ib daim ntawv ntawm koj qhov rooj? Kuaj nws ib kauj ruam zuj zus.
home-more = Ntxiv
home-cards = Qhia ib daim npav rau tus tub ceev xwm
home-cards-hint = Ntawv Askiv loj, muaj koj hom lus nyob hauv qab.
disclaimer = Ntaub ntawv txog kev cai lij choj, tsis yog lus pab tswv yim raws cai.

nav-back = Rov qab
nav-language = Hom lus
nav-home = Nplooj pib
nav-glossary = Lo lus yuav tsum paub
nav-settings = Kev teeb tsa

glossary-title = Lo lus yuav tsum paub
settings-title = Kev teeb tsa
settings-state = Koj lub xeev
settings-state-hint = Qee cov lus qhia muaj cov cai ntawm koj lub xeev. Qhov koj xaiv tsuas khaws cia rau hauv lub xov tooj no xwb.
settings-state-none = Tsis tau xaiv
state-picker-title = Xaiv koj lub xeev
state-note-heading = Koj lub xeev: { $state }
state-note-choose = Xaiv koj lub xeev kom pom nws txoj cai txog kev qhia koj lub npe.
state-note-change = Hloov xeev

cards-title = Cov daim npav qhia rau tub ceev xwm
cards-for-agent = Rau tus tub ceev xwm:
cards-next = Daim npav tom ntej
cards-previous = Daim npav dhau los
cards-close = Kaw
guide-show-card = Qhia daim npav
nav-print = Luam cov daim npav
print-title = Luam cov daim npav rau hnab nyiaj
print-hint = Rau cov chaw pab txog kev cai lij choj: luam rau ob sab ntawm daim ntawv, tig daim ntawv rau ntawm ntug ntev, ces txiav raws cov kab xim tshauv.
print-clinic = Kab ntawv ntawm koj lub chaw pab (xaiv tau)
print-button = Luam ntawv

warrant-title = Kuaj daim ntawv tso cai ntes los sis tshawb (warrant)
warrant-intro = Teb ob peb lo lus nug txog daim ntawv. Kaw qhov rooj cia thaum koj ua qhov no.
warrant-start-over = Pib dua
warrant-tone-stop = Kaw qhov rooj cia
warrant-tone-caution = Ceev faj
warrant-tone-enter = Lawv nkag tau los
warrant-picture-compare = Sab laug: daim ntawv tso cai ntes los sis tshawb ntawm tus kws txiav txim muaj npe ntawm ib lub tsev hais plaub nyob saum toj. Sab xis: daim ntawv { -ice } muaj lub cim ntawm { -dhs }.
warrant-picture-signature = Sab laug: tus kws txiav txim kos npe rau daim ntawv tso cai ntes los sis tshawb ntawm tsev hais plaub. Sab xis: tus tub ceev xwm tsiv teb tsaws chaw kos npe rau daim ntawv tso cai ntes ntawm { -ice }.

language-title = Xaiv koj hom lus
language-machine = Txhais nrog tshuab pab
notice-machine-assisted = Cov lus txhais no yog siv tshuab pab txhais. Tseem tsis tau muaj neeg kuaj xyuas. Cov kab lus kuj muaj lus Askiv thiab.

section-first = Ua qhov no ua ntej
section-do = Ua
section-dont = Tsis txhob ua
section-say = Yuav hais li cas
section-why = Vim li cas: txoj cai lij choj
section-unsettled = Qhov twg txoj cai tsis meej
section-lawyer = Nrhiav kws lij choj

phrase-english-label = Ua lus Askiv:
guide-reviewed-by = { $by } tau kuaj xyuas piv rau nws cov chaw muab ntaub ntawv rau hnub { $date }.
guide-not-lawyer-reviewed = Tseem tsis tau muaj kws lij choj kuaj xyuas cov lus qhia no.
guide-lawyer-reviewed = Kws lij choj ({ $by }) tau kuaj xyuas rau hnub { $date }.
guide-stale = Cov lus qhia no tau kuaj xyuas zaum kawg rau hnub { $date }, ntau tshaj ib xyoos dhau los lawm. Txoj cai lij choj tej zaum twb hloov lawm.
guide-sources = Cov chaw muab ntaub ntawv rau cov lus qhia no
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
   *[other] { $count } qhov chaw muab ntaub ntawv
}
guide-terms = Lo lus yuav tsum paub:
citation-sources = Cov chaw muab ntaub ntawv
citation-read-on = Nyeem rau hnub { $date }
citation-kind-constitution = Tsab Cai Lij Choj Tebchaws (Constitution)
citation-kind-statute = Txoj cai lij choj
citation-kind-regulation = Tsab cai tswj (regulation)
citation-kind-court = Kev txiav txim ntawm tsev hais plaub
citation-kind-agency = Lub koom haum tsoomfwv
citation-kind-organization = Lub koom haum pab txog kev cai lij choj
citation-kind-news = Xov xwm

error-storage = Lub app nyeem tsis tau nws cov ntaub ntawv. Koj cov ntaub ntawv uas khaws cia tsis tau hloov.
error-content = Cov ntsiab lus hauv lub app muaj teeb meem. Thov hloov kho lub app.
error-unknown-guide = Cov lus qhia no tsis muaj nyob hauv lub app.
error-unknown-locale = Hom lus no tsis muaj nyob hauv lub app.
error-unknown-state = Lub xeev no tsis muaj nyob hauv lub app.
notice-user-db-unreadable = Nyeem tsis tau koj cov kev teeb tsa uas khaws cia. Cov ntaub ntawv tseem khaws cia li qub. Tam sim no lub app siv cov kev teeb tsa ib txwm.
date-format = { $day } { $month } { $year }
month-1 = lub Ib Hlis
month-2 = lub Ob Hlis
month-3 = lub Peb Hlis
month-4 = lub Plaub Hlis
month-5 = lub Tsib Hlis
month-6 = lub Rau Hli
month-7 = lub Xya Hli
month-8 = lub Yim Hli
month-9 = lub Cuaj Hli
month-10 = lub Kaum Hli
month-11 = lub Kaum Ib Hlis
month-12 = lub Kaum Ob Hlis

## Search
search-label = Nrhiav
search-hint = qhov rooj, kws lij choj…
search-clear = Lwv cov lus nrhiav
search-none = Nrhiav tsis tau dab tsi. Sim ib lo lus luv dua, los sis xaiv ib lub ntsiab lus ntawm nplooj pib.
search-count = { $count ->
   *[other] { $count } qhov pom
}
search-in-english = Ua lus Askiv
search-kind-guide = Lus qhia
search-kind-card = Daim npav qhia
search-kind-term = Lo lus yuav tsum paub
search-kind-state = Txoj cai ntawm lub xeev
