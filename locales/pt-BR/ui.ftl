# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Português (Brasil)
app-title = Conheça seus direitos
loading = Carregando…

home-urgent = Pararam você agora?
home-urgent-hint = Os primeiros passos, rápido
home-scenarios = O que está acontecendo?
home-short-door = Na sua porta
home-short-car = No carro
home-short-street = Na rua
home-short-arrest = Preso ou detido
home-warrant = Verificar um mandado
home-warrant-hint = Um papel na sua porta? Verifique passo a passo.
home-more = Mais
home-cards = Mostrar um cartão para um agente
home-cards-hint = Texto grande em inglês, com seu idioma embaixo.
disclaimer = Informação jurídica, não aconselhamento jurídico.

nav-back = Voltar
nav-language = Idioma
nav-home = Início
nav-glossary = Palavras importantes
nav-settings = Configurações

glossary-title = Palavras importantes
settings-title = Configurações
settings-state = Seu estado
settings-state-hint = Alguns guias mostram as regras do seu estado. Sua escolha fica neste celular.
settings-state-none = Não escolhido
state-picker-title = Escolha seu estado
state-note-heading = Seu estado: { $state }
state-note-choose = Escolha seu estado para ver a regra dele sobre dar o seu nome.
state-note-change = Mudar de estado

cards-title = Cartões para mostrar a um agente
cards-for-agent = Para o agente:
cards-next = Próximo cartão
cards-previous = Cartão anterior
cards-close = Fechar
guide-show-card = Mostrar cartão
nav-print = Imprimir cartões
print-title = Imprimir cartões de bolso
print-hint = Para clínicas: imprima nos dois lados do papel, virando pela borda longa, e depois corte nas linhas cinza.
print-clinic = Linha de texto da sua clínica (opcional)
print-button = Imprimir

warrant-title = Verificar um mandado
warrant-intro = Responda a algumas perguntas sobre o papel. Mantenha a porta fechada enquanto faz isso.
warrant-start-over = Começar de novo
warrant-tone-stop = Mantenha a porta fechada
warrant-tone-caution = Tenha cuidado
warrant-tone-enter = Eles podem entrar
warrant-picture-compare = À esquerda: um mandado de juiz tem o nome de um tribunal no topo. À direita: um formulário do { -ice } tem o selo do { -dhs }.
warrant-picture-signature = À esquerda: um juiz assina um mandado judicial. À direita: um oficial de imigração assina um mandado do { -ice }.

language-title = Escolha seu idioma
language-machine = Traduzido com ajuda de máquina
notice-machine-assisted = Esta tradução foi feita com ajuda de máquina. Uma pessoa ainda não a revisou. As frases também aparecem em inglês.

section-first = Faça isto primeiro
section-do = Faça
section-dont = Não faça
section-say = O que dizer
section-why = Por quê: a lei
section-unsettled = Onde a lei não está clara
section-lawyer = Procure um advogado

phrase-english-label = Em inglês:
guide-reviewed-by = Conferido com as suas fontes por { $by } em { $date }.
guide-not-lawyer-reviewed = Um advogado ainda não revisou este guia.
guide-lawyer-reviewed = Revisado por um advogado ({ $by }) em { $date }.
guide-stale = Este guia foi conferido pela última vez em { $date }, há mais de um ano. A lei pode ter mudado.
guide-sources = Fontes deste guia
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } fonte
   *[other] { $count } fontes
}
guide-terms = Palavras importantes:
citation-sources = Fontes
citation-read-on = Lido em { $date }
citation-kind-constitution = Constituição
citation-kind-statute = Lei
citation-kind-regulation = Regulamento
citation-kind-court = Decisão judicial
citation-kind-agency = Órgão do governo
citation-kind-organization = Organização jurídica
citation-kind-news = Notícia

error-storage = O aplicativo não conseguiu ler os dados dele. Seus dados salvos não foram alterados.
error-content = O conteúdo do aplicativo tem um problema. Por favor, atualize o aplicativo.
error-unknown-guide = Este guia não está no aplicativo.
error-unknown-locale = Este idioma não está no aplicativo.
error-unknown-state = Este estado não está no aplicativo.
notice-user-db-unreadable = Não foi possível ler suas configurações salvas. O arquivo foi mantido como estava. Por enquanto, o aplicativo usa as configurações padrão.
date-format = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Search
search-label = Buscar
search-hint = porta, advogado…
search-clear = Limpar a busca
search-none = Nada encontrado. Tente uma palavra mais curta ou escolha um assunto na tela inicial.
search-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-in-english = Em inglês
search-kind-guide = Guia
search-kind-card = Cartão para mostrar
search-kind-term = Palavra importante
search-kind-state = Lei estadual
