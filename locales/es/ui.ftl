# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Español
app-title = Conozca sus derechos
loading = Cargando…

home-urgent = ¿Le están deteniendo ahora mismo?
home-urgent-hint = Los primeros pasos, rápido
home-scenarios = ¿Qué está pasando?
disclaimer = Información legal, no asesoría legal.

nav-back = Atrás
nav-language = Idioma
nav-home = Inicio

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
guide-last-reviewed = Última revisión: { $date }
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
notice-user-db-unreadable = No se pudo leer su configuración guardada. El archivo se dejó como estaba. Por ahora, la aplicación usa la configuración predeterminada.
