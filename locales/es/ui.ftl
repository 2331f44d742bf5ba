# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Español
app-title = Conozca sus derechos
loading = Cargando…

home-urgent = ¿Le están deteniendo ahora mismo?
home-urgent-hint = Los primeros pasos, rápido
home-scenarios = ¿Qué está pasando?
home-short-door = En su puerta
home-short-car = En un carro
home-short-street = En la calle
home-short-arrest = Arrestado o detenido
home-warrant = Revisar una orden
home-warrant-hint = ¿Un papel en su puerta? Revíselo paso a paso.
home-more = Más
home-cards = Mostrar una tarjeta a un agente
home-cards-hint = Texto grande en inglés, con su idioma debajo.
disclaimer = Información legal, no asesoría legal.

nav-back = Atrás
nav-language = Idioma
nav-home = Inicio
nav-glossary = Palabras importantes
nav-settings = Configuración

glossary-title = Palabras importantes
settings-title = Configuración
settings-state = Su estado
settings-state-hint = Algunas guías muestran las reglas de su estado. Lo que usted elija se queda en este teléfono.
settings-state-none = Sin elegir
state-picker-title = Elija su estado
state-note-heading = Su estado: { $state }
state-note-choose = Elija su estado para ver la regla de ese estado sobre dar su nombre.
state-note-change = Cambiar de estado

cards-title = Tarjetas para mostrar a un agente
cards-for-agent = Para el agente:
cards-next = Tarjeta siguiente
cards-previous = Tarjeta anterior
cards-close = Cerrar
guide-show-card = Mostrar tarjeta
nav-print = Imprimir tarjetas
print-title = Imprimir tarjetas de bolsillo
print-hint = Para clínicas: imprima por los dos lados del papel, volteando por el borde largo, y corte por las líneas grises.
print-clinic = La línea de su clínica (opcional)
print-button = Imprimir

warrant-title = Revisar una orden
warrant-intro = Conteste unas preguntas sobre el papel. Mantenga la puerta cerrada mientras lo hace.
warrant-start-over = Empezar de nuevo
warrant-tone-stop = Mantenga la puerta cerrada
warrant-tone-caution = Tenga cuidado
warrant-tone-enter = Pueden entrar
warrant-picture-compare = Izquierda: una orden de un juez tiene el nombre de una corte en la parte de arriba. Derecha: un formulario de { -ice } tiene el sello del { -dhs }.
warrant-picture-signature = Izquierda: un juez firma una orden judicial. Derecha: un oficial de inmigración firma una orden de { -ice }.

language-title = Elija su idioma
language-machine = Traducido con ayuda de una máquina
notice-machine-assisted = Esta traducción se hizo con ayuda de una máquina. Una persona todavía no la ha revisado. Las frases también se muestran en inglés.

section-first = Haga esto primero
section-do = Qué hacer
section-dont = Qué no hacer
section-say = Qué decir
section-why = Por qué: la ley
section-unsettled = Donde la ley no está clara
section-lawyer = Busque un abogado

phrase-english-label = En inglés:
guide-reviewed-by = { $by } comparó esta guía con sus fuentes el { $date }.
guide-not-lawyer-reviewed = Un abogado todavía no ha revisado esta guía.
guide-lawyer-reviewed = Un abogado ({ $by }) revisó esta guía el { $date }.
guide-stale = Esta guía se revisó por última vez el { $date }, hace más de un año. La ley puede haber cambiado.
guide-sources = Fuentes de esta guía
guide-sources-count = { $count ->
    [one] { $count } fuente
   *[other] { $count } fuentes
}
guide-terms = Palabras importantes:
citation-sources = Fuentes
citation-read-on = Consultado el { $date }
citation-kind-constitution = Constitución
citation-kind-statute = Ley
citation-kind-regulation = Reglamento
citation-kind-court = Decisión de una corte
citation-kind-agency = Agencia del gobierno
citation-kind-organization = Organización legal
citation-kind-news = Noticia

error-storage = La aplicación no pudo leer sus propios datos. Los datos que usted guardó no cambiaron.
error-content = El contenido de la aplicación tiene un problema. Por favor, actualice la aplicación.
error-unknown-guide = Esta guía no está en la aplicación.
error-unknown-locale = Este idioma no está en la aplicación.
error-unknown-state = Este estado no está en la aplicación.
notice-user-db-unreadable = No se pudo leer su configuración guardada. El archivo se dejó como estaba. Por ahora, la aplicación usa la configuración predeterminada.
date-format = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Search
search-label = Buscar
search-hint = puerta, abogado…
search-clear = Borrar la búsqueda
search-none = No se encontró nada. Pruebe con una palabra más corta o elija un tema en la pantalla de inicio.
search-count = { $count ->
    [one] Un resultado
   *[other] { $count } resultados
}
search-in-english = En inglés
search-kind-guide = Guía
search-kind-card = Tarjeta para mostrar
search-kind-term = Palabra importante
search-kind-state = Ley estatal
