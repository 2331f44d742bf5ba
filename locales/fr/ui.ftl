# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Français
app-title = Connaissez vos droits
loading = Chargement…

home-urgent = Des agents vous contrôlent en ce moment ?
home-urgent-hint = Les premiers gestes, vite
home-scenarios = Que se passe-t-il ?
home-short-door = À votre porte
home-short-car = En voiture
home-short-street = Dans la rue
home-short-arrest = Arrêté ou détenu
home-warrant = Vérifier un mandat
home-warrant-hint = Un papier à votre porte ? Vérifiez-le étape par étape.
home-more = Plus
home-cards = Montrer une carte à un agent
home-cards-hint = Un grand texte en anglais, avec votre langue en dessous.
disclaimer = Information juridique, pas un conseil juridique.

nav-back = Retour
nav-language = Langue
nav-home = Accueil
nav-glossary = Mots à connaître
nav-settings = Réglages

glossary-title = Mots à connaître
settings-title = Réglages
settings-state = Votre État
settings-state-hint = Certains guides montrent les règles de votre État. Votre choix reste sur ce téléphone.
settings-state-none = Pas choisi
state-picker-title = Choisissez votre État
state-note-heading = Votre État : { $state }
state-note-choose = Choisissez votre État pour voir sa règle sur l'obligation de donner votre nom.
state-note-change = Changer d'État

cards-title = Cartes à montrer à un agent
cards-for-agent = Pour l'agent :
cards-next = Carte suivante
cards-previous = Carte précédente
cards-close = Fermer
guide-show-card = Montrer la carte
nav-print = Imprimer les cartes
print-title = Imprimer des cartes de poche
print-hint = Pour les cliniques : imprimez des deux côtés du papier, en retournant sur le bord long, puis coupez le long des lignes grises.
print-clinic = Ligne de texte de votre clinique (facultatif)
print-button = Imprimer

warrant-title = Vérifier un mandat
warrant-intro = Répondez à quelques questions sur le papier. Gardez la porte fermée pendant ce temps.
warrant-start-over = Recommencer
warrant-tone-stop = Gardez la porte fermée
warrant-tone-caution = Faites attention
warrant-tone-enter = Ils peuvent entrer
warrant-picture-compare = À gauche : un mandat de juge porte le nom d'un tribunal en haut. À droite : un formulaire de l'{ -ice } porte le sceau du { -dhs }.
warrant-picture-signature = À gauche : un juge signe un mandat judiciaire. À droite : un agent de l'immigration signe un mandat de l'{ -ice }.

language-title = Choisissez votre langue
language-machine = Traduit avec l'aide d'une machine
notice-machine-assisted = Cette traduction a été faite avec l'aide d'une machine. Une personne ne l'a pas encore vérifiée. Les phrases sont aussi montrées en anglais.

section-first = Faites d'abord ceci
section-do = À faire
section-dont = À ne pas faire
section-say = Quoi dire
section-why = Pourquoi : la loi
section-unsettled = Là où la loi n'est pas claire
section-lawyer = Trouver un avocat

phrase-english-label = En anglais :
guide-reviewed-by = Vérifié par rapport à ses sources par { $by } le { $date }.
guide-not-lawyer-reviewed = Un avocat n'a pas encore relu ce guide.
guide-lawyer-reviewed = Relu par un avocat ({ $by }) le { $date }.
guide-stale = Ce guide a été vérifié pour la dernière fois le { $date }, il y a plus d'un an. La loi a peut-être changé.
guide-sources = Sources de ce guide
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } source
    [many] { $count } de sources
   *[other] { $count } sources
}
guide-terms = Mots à connaître :
citation-sources = Sources
citation-read-on = Lu le { $date }
citation-kind-constitution = Constitution
citation-kind-statute = Loi
citation-kind-regulation = Règlement
citation-kind-court = Décision de justice
citation-kind-agency = Agence du gouvernement
citation-kind-organization = Organisation juridique
citation-kind-news = Article de presse

error-storage = L'application n'a pas pu lire ses données. Vos données enregistrées n'ont pas été modifiées.
error-content = Le contenu de l'application a un problème. Veuillez mettre à jour l'application.
error-unknown-guide = Ce guide n'est pas dans l'application.
error-unknown-locale = Cette langue n'est pas dans l'application.
error-unknown-state = Cet État n'est pas dans l'application.
notice-user-db-unreadable = Vos réglages enregistrés n'ont pas pu être lus. Le fichier a été gardé tel quel. Pour l'instant, l'application utilise les réglages par défaut.
date-format = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Search
search-label = Rechercher
search-hint = porte, avocat…
search-clear = Effacer la recherche
search-none = Aucun résultat. Essayez un mot plus court, ou choisissez un sujet sur l'écran d'accueil.
search-count = { $count ->
    [one] { $count } résultat
    [many] { $count } de résultats
   *[other] { $count } résultats
}
search-in-english = En anglais
search-kind-guide = Guide
search-kind-card = Carte à montrer
search-kind-term = Mot à connaître
search-kind-state = Loi de l'État
