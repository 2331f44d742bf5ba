# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Kreyòl ayisyen
app-title = Konnen dwa ou
loading = Ap chaje…

home-urgent = Yo kanpe w kounye a?
home-urgent-hint = Premye etap yo, vit
home-scenarios = Kisa k ap pase?
home-short-door = Devan pòt ou
home-short-car = Nan yon machin
home-short-street = Nan lari
home-short-arrest = Arete oswa kenbe
home-warrant = Verifye yon manda
home-warrant-hint = Yon papye devan pòt ou? Verifye l etap pa etap.
home-more = Plis
home-cards = Montre yon ajan yon kat
home-cards-hint = Gwo ekriti an angle, ak lang ou anba l.
disclaimer = Enfòmasyon legal, se pa konsèy legal.

nav-back = Retounen
nav-language = Lang
nav-home = Akèy
nav-glossary = Mo pou konnen
nav-settings = Paramèt

glossary-title = Mo pou konnen
settings-title = Paramèt
settings-state = Eta ou
settings-state-hint = Kèk gid montre règ eta ou. Chwa ou rete sou telefòn sa a.
settings-state-none = Poko chwazi
state-picker-title = Chwazi eta ou
state-note-heading = Eta ou: { $state }
state-note-choose = Chwazi eta ou pou w wè règ li sou bay non ou.
state-note-change = Chanje eta

cards-title = Kat pou montre yon ajan
cards-for-agent = Pou ofisye a:
cards-next = Pwochen kat
cards-previous = Kat anvan an
cards-close = Fèmen
guide-show-card = Montre kat la
nav-print = Enprime kat yo
print-title = Enprime kat pou pòtfèy
print-hint = Pou klinik yo: enprime sou de bò papye a, vire l sou bò ki long lan, epi koupe sou liy gri yo.
print-clinic = Liy tèks klinik ou a (opsyonèl)
print-button = Enprime

warrant-title = Verifye yon manda
warrant-intro = Reponn kèk kesyon sou papye a. Kenbe pòt la fèmen pandan w ap fè sa.
warrant-start-over = Rekòmanse
warrant-tone-stop = Kenbe pòt la fèmen
warrant-tone-caution = Fè atansyon
warrant-tone-enter = Yo ka antre
warrant-picture-compare = Agoch: yon manda jij gen non yon tribinal anlè papye a. Adwat: yon fòm { -ice } gen sele { -dhs }.
warrant-picture-signature = Agoch: se yon jij ki siyen yon manda jidisyè. Adwat: se yon ofisye imigrasyon ki siyen yon manda { -ice }.

language-title = Chwazi lang ou
language-machine = Tradui avèk èd machin
notice-machine-assisted = Tradiksyon sa a fèt avèk èd machin. Yon moun poko verifye l. Fraz yo montre vèsyon angle a tou.

section-first = Fè sa anvan
section-do = Sa pou w fè
section-dont = Sa pou w pa fè
section-say = Sa pou w di
section-why = Poukisa: lalwa
section-unsettled = Kote lalwa pa klè
section-lawyer = Jwenn yon avoka

phrase-english-label = An angle:
guide-reviewed-by = { $by } te verifye gid sa a ak sous li yo nan dat { $date }.
guide-not-lawyer-reviewed = Yon avoka poko revize gid sa a.
guide-lawyer-reviewed = Yon avoka ({ $by }) te revize gid sa a nan dat { $date }.
guide-stale = Dènye fwa yo te verifye gid sa a se te { $date }, sa gen plis pase yon ane. Lalwa ka te chanje.
guide-sources = Sous gid sa a
# Plural: use this language's CLDR plural categories (one, two, few, many …).
# Haitian Creole: CLDR defines no categories beyond "other"; nouns do not change with the number.
guide-sources-count = { $count ->
   *[other] { $count } sous
}
guide-terms = Mo pou konnen:
citation-sources = Sous
citation-read-on = Li nan dat { $date }
citation-kind-constitution = Konstitisyon
citation-kind-statute = Lwa
citation-kind-regulation = Règleman
citation-kind-court = Desizyon tribinal
citation-kind-agency = Ajans gouvènman
citation-kind-organization = Òganizasyon legal
citation-kind-news = Atik nouvèl

error-storage = Aplikasyon an pa t ka li done li yo. Done ou te sove yo pa chanje.
error-content = Kontni aplikasyon an gen yon pwoblèm. Tanpri, mete aplikasyon an ajou.
error-unknown-guide = Gid sa a pa nan aplikasyon an.
error-unknown-locale = Lang sa a pa nan aplikasyon an.
error-unknown-state = Eta sa a pa nan aplikasyon an.
notice-user-db-unreadable = Aplikasyon an pa t ka li paramèt ou te sove yo. Fichye a rete jan l te ye a. Pou kounye a, aplikasyon an ap sèvi ak paramèt pa defo yo.
date-format = { $day } { $month } { $year }
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm

## Search
search-label = Chèche
search-hint = pòt, avoka…
search-clear = Efase rechèch la
search-none = Nou pa jwenn anyen. Eseye yon mo ki pi kout, oswa chwazi yon sijè sou ekran akèy la.
search-count = { $count ->
   *[other] { $count } rezilta
}
search-in-english = An angle
search-kind-guide = Gid
search-kind-card = Kat pou montre
search-kind-term = Mo pou konnen
search-kind-state = Lwa eta
