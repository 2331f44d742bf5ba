# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Soomaali
app-title = Ogow xuquuqdaada
loading = Waa la soo rarayaa…

home-urgent = Hadda ma lagu joojiyay?
home-urgent-hint = Tallaabooyinka ugu horreeya, si degdeg ah
home-scenarios = Maxaa dhacaya?
home-short-door = Albaabkayga hortiisa
home-short-car = Baabuur dhexdiisa
home-short-street = Waddada dhexdeeda
home-short-arrest = La xiray
home-warrant = Hubi waaran
home-warrant-hint = Warqad ma la keenay albaabkaaga? Tallaabo-tallaabo u hubi.
home-more = Wax kale
home-cards = Sarkaal u tus kaar
home-cards-hint = Ingiriisi far waaweyn ah, luqaddaaduna hoosta ayay ku qoran tahay.
disclaimer = Macluumaad sharci ah, ma aha talo sharci.

nav-back = Dib u noqo
nav-language = Luqadda
nav-home = Bogga hore
nav-glossary = Erayo muhiim ah
nav-settings = Dejinta

glossary-title = Erayo muhiim ah
settings-title = Dejinta
settings-state = Gobolkaaga
settings-state-hint = Hagayaasha qaar waxay muujiyaan xeerarka gobolkaaga. Doorashadaadu waxay ku hartaa taleefankan.
settings-state-none = Lama dooran
state-picker-title = Dooro gobolkaaga
state-note-heading = Gobolkaaga: { $state }
state-note-choose = Dooro gobolkaaga si aad u aragto xeerkiisa ku saabsan bixinta magacaaga.
state-note-change = Beddel gobolka

cards-title = Kaarar aad sarkaal tusto
cards-for-agent = Sarkaalka loogu talagalay:
cards-next = Kaarka xiga
cards-previous = Kaarkii hore
cards-close = Xir
guide-show-card = Tus kaarka
nav-print = Daabac kaararka
print-title = Daabac kaarar jeebka lagu qaato
print-hint = Xarumaha caawimada sharciga: ku daabac labada dhinac ee warqadda, adigoo ku rogaya dhinaca dheer, kadibna ka jar xariiqyada cawlan.
print-clinic = Sadarka xaruntaada (haddii aad rabto)
print-button = Daabac

warrant-title = Hubi waaran
warrant-intro = Ka jawaab dhowr su'aalood oo ku saabsan warqadda. Albaabka xiran ku hay inta aad tan samaynayso.
warrant-start-over = Dib u bilow
warrant-tone-stop = Albaabka xiran ku hay
warrant-tone-caution = Taxaddar
warrant-tone-enter = Way soo geli karaan
warrant-picture-compare = Bidix: waaranka garsooraha waxaa korkiisa ku qoran magaca maxkamad. Midig: foomka { -ice } waxaa ku yaal shaabadda { -dhs }.
warrant-picture-signature = Bidix: waaranka garsoorka waxaa saxiixa garsoore. Midig: waaranka { -ice } waxaa saxiixa sarkaal socdaal.

language-title = Dooro luqaddaada
language-machine = Waxaa lagu turjumay caawimaad mashiin
notice-machine-assisted = Turjumaaddan waxaa lagu sameeyay caawimaad mashiin. Qof weli ma hubin. Weedhaha waxaa sidoo kale lagu muujiyaa Ingiriisi.

section-first = Marka hore tan samee
section-do = Samee
section-dont = Ha samayn
section-say = Waxa aad tiraahdo
section-why = Sababta: sharciga
section-unsettled = Meelaha sharcigu aanu caddayn
section-lawyer = Hel qareen

phrase-english-label = Ingiriisi ahaan:
guide-reviewed-by = { $by } ayaa hagahan ku hubiyay ilihiisa, taariikhda { $date }.
guide-not-lawyer-reviewed = Qareen weli ma eegin hagahan.
guide-lawyer-reviewed = Qareen ({ $by }) ayaa eegay, taariikhda { $date }.
guide-stale = Hagahan waxaa markii ugu dambeysay la hubiyay { $date }, in ka badan sannad ka hor. Waxaa laga yaabaa in sharcigu isbeddelay.
guide-sources = Ilaha hagahan
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } il
   *[other] { $count } ilood
}
guide-terms = Erayo muhiim ah:
citation-sources = Ilaha
citation-read-on = La akhriyay { $date }
citation-kind-constitution = Dastuur
citation-kind-statute = Sharci
citation-kind-regulation = Xeer
citation-kind-court = Go'aan maxkamadeed
citation-kind-agency = Hay'ad dowladeed
citation-kind-organization = Urur sharci
citation-kind-news = Warbixin warbaahineed

error-storage = Barnaamijku ma akhriyi karin xogtiisa. Xogtaada kaydsan lama beddelin.
error-content = Waxa barnaamijka ku jira dhib ayaa ka jira. Fadlan cusbooneysii barnaamijka.
error-unknown-guide = Hagahan kuma jiro barnaamijka.
error-unknown-locale = Luqaddan kuma jirto barnaamijka.
error-unknown-state = Gobolkan kuma jiro barnaamijka.
notice-user-db-unreadable = Dejintaada kaydsan lama akhriyi karin. Faylka sidiisii ayaa loo daayay. Hadda barnaamijku wuxuu isticmaalayaa dejinta caadiga ah.
date-format = { $day } { $month } { $year }
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Disembar

## Search
search-label = Raadi
search-hint = albaab, qareen…
search-clear = Tirtir raadinta
search-none = Waxba lama helin. Isku day eray ka gaaban, ama dooro mawduuc bogga hore.
search-count = { $count ->
    [one] Hal natiijo
   *[other] { $count } natiijo
}
search-in-english = Ingiriisi ahaan
search-kind-guide = Hage
search-kind-card = Kaar aad tusto
search-kind-term = Eray muhiim ah
search-kind-state = Sharciga gobolka
