# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Русский
app-title = Знайте свои права
loading = Загрузка…

home-urgent = Вас остановили прямо сейчас?
home-urgent-hint = Первые шаги, быстро
home-scenarios = Что происходит?
home-short-door = У вашей двери
home-short-car = В машине
home-short-street = На улице
home-short-arrest = Задержали
home-warrant = Проверить ордер
home-warrant-hint = Бумага у вашей двери? Проверьте её шаг за шагом.
home-more = Ещё
home-cards = Показать карточку агенту
home-cards-hint = Крупный текст на английском, под ним — на вашем языке.
disclaimer = Правовая информация, а не юридическая консультация.

nav-back = Назад
nav-language = Язык
nav-home = Главная
nav-glossary = Важные слова
nav-settings = Настройки

glossary-title = Важные слова
settings-title = Настройки
settings-state = Ваш штат
settings-state-hint = В некоторых памятках есть правила вашего штата. Ваш выбор остаётся на этом телефоне.
settings-state-none = Не выбран
state-picker-title = Выберите свой штат
state-note-heading = Ваш штат: { $state }
state-note-choose = Выберите свой штат, чтобы увидеть его правило о том, надо ли называть своё имя.
state-note-change = Сменить штат

cards-title = Карточки для показа агенту
cards-for-agent = Для сотрудника:
cards-next = Следующая карточка
cards-previous = Предыдущая карточка
cards-close = Закрыть
guide-show-card = Показать карточку
nav-print = Напечатать карточки
print-title = Напечатать карточки для кошелька
print-hint = Для юридических клиник: напечатайте на обеих сторонах листа с переворотом по длинному краю, затем разрежьте по серым линиям.
print-clinic = Строка вашей клиники (необязательно)
print-button = Напечатать

warrant-title = Проверить ордер
warrant-intro = Ответьте на несколько вопросов об этой бумаге. Пока вы это делаете, держите дверь закрытой.
warrant-start-over = Начать заново
warrant-tone-stop = Держите дверь закрытой
warrant-tone-caution = Будьте осторожны
warrant-tone-enter = Они могут войти
warrant-picture-compare = Слева: на ордере судьи вверху написано название суда. Справа: на бланке { -ice } стоит печать ведомства — это { -dhs }.
warrant-picture-signature = Слева: судебный ордер подписывает судья. Справа: ордер { -ice } подписывает иммиграционный сотрудник.

language-title = Выберите язык
language-machine = Переведено с помощью машинного перевода
notice-machine-assisted = Этот перевод сделан с помощью машинного перевода. Человек его ещё не проверял. Фразы также показаны на английском.

section-first = Сначала сделайте это
section-do = Что делать
section-dont = Чего не делать
section-say = Что сказать
section-why = Почему: закон
section-unsettled = Где закон не ясен
section-lawyer = Найдите адвоката

phrase-english-label = По-английски:
guide-reviewed-by = Сверено с источниками: { $by }, { $date }.
guide-not-lawyer-reviewed = Адвокат ещё не проверял эту памятку.
guide-lawyer-reviewed = Проверено адвокатом ({ $by }), { $date }.
guide-stale = Эту памятку последний раз проверяли { $date }, больше года назад. Закон мог измениться.
guide-sources = Источники этой памятки
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
    [one] { $count } источник
    [few] { $count } источника
    [many] { $count } источников
   *[other] { $count } источника
}
guide-terms = Важные слова:
citation-sources = Источники
citation-read-on = Дата обращения: { $date }
citation-kind-constitution = Конституция
citation-kind-statute = Закон
citation-kind-regulation = Нормативный акт
citation-kind-court = Решение суда
citation-kind-agency = Государственное ведомство
citation-kind-organization = Юридическая организация
citation-kind-news = Новостная статья

error-storage = Приложение не смогло прочитать свои данные. Ваши сохранённые данные не изменились.
error-content = В содержимом приложения есть ошибка. Пожалуйста, обновите приложение.
error-unknown-guide = Этой памятки нет в приложении.
error-unknown-locale = Этого языка нет в приложении.
error-unknown-state = Этого штата нет в приложении.
notice-user-db-unreadable = Не удалось прочитать ваши сохранённые настройки. Файл оставлен как есть. Пока приложение использует настройки по умолчанию.
date-format = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Search
search-label = Поиск
search-hint = дверь, адвокат…
search-clear = Очистить поиск
search-none = Ничего не найдено. Попробуйте слово короче или выберите тему на главном экране.
search-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-in-english = На английском
search-kind-guide = Памятка
search-kind-card = Карточка для показа
search-kind-term = Важное слово
search-kind-state = Закон штата
