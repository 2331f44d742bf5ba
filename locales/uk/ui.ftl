# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Українська
app-title = Знайте свої права
loading = Завантаження…

home-urgent = Вас зупинили просто зараз?
home-urgent-hint = Перші кроки, швидко
home-scenarios = Що відбувається?
home-short-door = Біля ваших дверей
home-short-car = В автомобілі
home-short-street = На вулиці
home-short-arrest = Затримали
home-warrant = Перевірити ордер
home-warrant-hint = Вам показують папір біля дверей? Перевірте його крок за кроком.
home-more = Більше
home-cards = Показати картку агентові
home-cards-hint = Великий текст англійською, під ним — вашою мовою.
disclaimer = Правова інформація, а не юридична консультація.

nav-back = Назад
nav-language = Мова
nav-home = Головна
nav-glossary = Важливі слова
nav-settings = Налаштування

glossary-title = Важливі слова
settings-title = Налаштування
settings-state = Ваш штат
settings-state-hint = Деякі посібники показують правила вашого штату. Ваш вибір залишається на цьому телефоні.
settings-state-none = Не вибрано
state-picker-title = Виберіть свій штат
state-note-heading = Ваш штат: { $state }
state-note-choose = Виберіть свій штат, щоб побачити його правило про те, чи треба називати своє ім’я.
state-note-change = Змінити штат

cards-title = Картки, щоб показати агентові
cards-for-agent = Для офіцера:
cards-next = Наступна картка
cards-previous = Попередня картка
cards-close = Закрити
guide-show-card = Показати картку
nav-print = Надрукувати картки
print-title = Надрукувати картки для гаманця
print-hint = Для юридичних клінік: надрукуйте на обох боках аркуша з перевертанням по довгому краю, потім розріжте по сірих лініях.
print-clinic = Рядок вашої клініки (необов’язково)
print-button = Надрукувати

warrant-title = Перевірити ордер
warrant-intro = Дайте відповідь на кілька запитань про цей папір. Поки ви це робите, тримайте двері зачиненими.
warrant-start-over = Почати знову
warrant-tone-stop = Тримайте двері зачиненими
warrant-tone-caution = Будьте обережні
warrant-tone-enter = Вони можуть увійти
warrant-picture-compare = Ліворуч: на ордері судді вгорі є назва суду. Праворуч: на формі { -ice } стоїть печатка, яку використовує { -dhs }.
warrant-picture-signature = Ліворуч: судовий ордер підписує суддя. Праворуч: ордер { -ice } підписує імміграційний офіцер.

language-title = Виберіть мову
language-machine = Перекладено з машинною допомогою
notice-machine-assisted = Цей переклад зроблено з машинною допомогою. Людина його ще не перевірила. Фрази показано також англійською.

section-first = Спершу зробіть це
section-do = Що робити
section-dont = Чого не робити
section-say = Що сказати
section-why = Чому: закон
section-unsettled = Де закон неясний
section-lawyer = Зверніться до адвоката

phrase-english-label = Англійською:
guide-reviewed-by = Перевірено за джерелами: { $by }, { $date }.
guide-not-lawyer-reviewed = Адвокат ще не перевірив цей посібник.
guide-lawyer-reviewed = Перевірено адвокатом ({ $by }), { $date }.
guide-stale = Цей посібник востаннє перевіряли { $date }, більше ніж рік тому. Закон міг змінитися.
guide-sources = Джерела для цього посібника
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } джерело
    [few] { $count } джерела
    [many] { $count } джерел
   *[other] { $count } джерела
}
guide-terms = Важливі слова:
citation-sources = Джерела
citation-read-on = Прочитано { $date }
citation-kind-constitution = Конституція
citation-kind-statute = Закон
citation-kind-regulation = Нормативний акт
citation-kind-court = Рішення суду
citation-kind-agency = Державне відомство
citation-kind-organization = Юридична організація
citation-kind-news = Повідомлення ЗМІ

error-storage = Застосунок не зміг прочитати свої дані. Ваші збережені дані не змінено.
error-content = У вмісті застосунку є проблема. Будь ласка, оновіть застосунок.
error-unknown-guide = Цього посібника немає в застосунку.
error-unknown-locale = Цієї мови немає в застосунку.
error-unknown-state = Цього штату немає в застосунку.
notice-user-db-unreadable = Не вдалося прочитати ваші збережені налаштування. Файл залишено без змін. Поки що застосунок використовує стандартні налаштування.
date-format = { $day } { $month } { $year } р.
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня

## Search
search-label = Пошук
search-hint = двері, адвокат…
search-clear = Очистити пошук
search-none = Нічого не знайдено. Спробуйте коротше слово або виберіть тему на головному екрані.
search-count = { $count ->
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результату
}
search-in-english = Англійською
search-kind-guide = Посібник
search-kind-card = Картка, щоб показати
search-kind-term = Важливе слово
search-kind-state = Закон штату
