# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Скрыть
quick-exit-label = Скрыть этот экран сейчас
neutral-title = Заметки
neutral-placeholder = Напишите заметку. Она не сохраняется.
neutral-new = Новая заметка
neutral-all = Все заметки
neutral-note-1-title = Покупки
neutral-note-1-body = Гречка, картошка, яйца, молоко, хлеб, лук, мыло.
neutral-note-2-title = Борщ
neutral-note-2-body = Свёкла, капуста, картошка, морковь, лук, соль. Варить один час.
neutral-note-3-title = На этой неделе
neutral-note-3-body = Оплатить счёт за телефон. Убраться на кухне. Починить велосипед.
hide-tip-title = Как работает кнопка «Скрыть»
hide-tip-text = Нажмите «Скрыть», и kyr сразу покажет обычную страницу с заметками. На ней нет ничего из kyr. Чтобы вернуться, закройте kyr и откройте снова.
hide-tip-ok = Понятно

## Privacy
privacy-title = Ваша конфиденциальность
privacy-text = Это приложение ничего не отправляет и работает без интернета. Оно хранит только ваши настройки, контакты, которые вы сохранили, и ваш экстренный план, если вы его составите. Ваш план заблокирован вашим PIN-кодом. Вы можете стереть всё в разделе «Настройки».

## The emergency plan (locked)
home-plan = Мой экстренный план
home-plan-hint = Контакты, A-номер (A-number), семейный план. Заблокировано PIN-кодом.
vault-title = Мой экстренный план
vault-intro = Храните здесь контакты для экстренной связи и семейный план. Они заблокированы PIN-кодом и хранятся только на этом телефоне.
vault-pin-label = PIN-код или кодовая фраза
vault-pin-again = Введите ещё раз
vault-pin-hint = Используйте не меньше 6 цифр или букв. Длинная кодовая фраза надёжнее.
vault-create = Заблокировать мой план этим PIN-кодом
vault-unlock = Открыть
vault-lock = Заблокировать сейчас
vault-locked-note = План блокируется сам, когда вы выходите из приложения, и через 5 минут.
vault-pin-mismatch = Два PIN-кода не совпадают.
vault-pin-short = Используйте не меньше 6 цифр или букв.
vault-wrong-pin = Неверный PIN-код.
vault-wait = { $seconds ->
    [one] Подождите { $seconds } секунду и попробуйте снова.
    [few] Подождите { $seconds } секунды и попробуйте снова.
    [many] Подождите { $seconds } секунд и попробуйте снова.
   *[other] Подождите { $seconds } секунды и попробуйте снова.
}
vault-unreadable = Не удаётся прочитать ваш экстренный план. Возможно, файл повреждён. Он не удалён. Вы можете оставить его или стереть и начать заново.
vault-erase-damaged = Стереть повреждённый план
vault-opening = Открываем…
vault-save = Сохранить и заблокировать
vault-saved = Сохранено. Ваш план заблокирован.
vault-name-label = Ваше имя
vault-a-number-label = Ваш A-номер (A-number), если он у вас есть
vault-contacts-heading = Контакты для экстренной связи
vault-contact-name = Имя
vault-contact-phone = Номер телефона
vault-add-contact = Добавить контакт
vault-remove-contact = Удалить
vault-plan-heading = Семейный план
vault-children-label = Кто заберёт детей
vault-documents-label = Где лежат важные документы
vault-lawyer-name-label = Имя адвоката
vault-lawyer-phone-label = Номер телефона адвоката
vault-notes-label = Другие заметки
vault-phone-invalid = Этот номер телефона выглядит неправильно: { $phone }
vault-too-long = Текст слишком длинный. Пожалуйста, сократите его.
vault-print = Напечатать семейный план
vault-print-title = Семейный экстренный план
vault-print-note = Храните этот лист дома, там, где ваша семья сможет его найти.

## "I've been detained" message
detained-button = Меня задержали: отправить сообщение
detained-title = Отправить сообщение с просьбой о помощи
detained-explain = Откроются SMS-сообщения вашего телефона с готовым текстом. Отправлять его или нет, решаете вы. Это приложение ничего не отправляет.
detained-place-label = Куда вас везут? (если знаете)
detained-to = Кому
detained-send = Открыть мои сообщения
detained-no-contacts = Сначала добавьте в свой план контакт для экстренной связи.
detained-msg-intro = Это { $name }. Меня задержала иммиграционная служба.
detained-msg-a-number = Мой A-номер (A-number): { $anumber }.
detained-msg-lawyer = Позвоните, пожалуйста, моему адвокату: { $lawyer }, тел. { $phone }.
detained-msg-no-lawyer = Пожалуйста, помогите мне найти адвоката.
detained-msg-place = Меня везут сюда: { $place }.

## Second PIN for danger
duress-title = Второй PIN-код на случай опасности (можно пропустить)
duress-explain = Если кто-то, кто не является представителем власти, — например, человек, который применяет к вам насилие, — заставляет вас открыть план, введите вместо обычного PIN-кода этот второй. Он откроет пустой план. Никто не сможет узнать, что второй PIN-код существует.
officials-no-hiding = Не используйте второй PIN-код и не стирайте свой план после того, как полиция или иммиграционные агенты попросили посмотреть ваш телефон или это приложение. Если в этот момент прятать или удалять информацию, это может быть преступлением. Скажите: «Я не даю согласия на обыск», и попросите адвоката.
duress-pin-label = Второй PIN-код
duress-wipe-label = Также стирать мой настоящий план, когда вводят второй PIN-код
duress-wipe-warning = Если вы выберете это, ваш настоящий план исчезнет навсегда, когда введут второй PIN-код. Его нельзя будет вернуть.
duress-set = Установить второй PIN-код
duress-confirm = Я понимаю. Установить второй PIN-код.
duress-same = Второй PIN-код должен отличаться от вашего PIN-кода.
duress-done = Второй PIN-код установлен.

## Erase everything
wipe-title = Стереть всё
wipe-explain = Это сотрёт с этого телефона ваш экстренный план, сохранённые контакты, контакты, добавленные из файлов, пакеты клиник и ваши настройки. Памятки останутся. Это нельзя отменить.
wipe-button = Стереть всё
wipe-confirm = Да, стереть всё сейчас
wipe-cancel = Отмена
wipe-done = Всё, что вы сохранили, стёрто.

## Errors
error-vault-locked = Ваш план заблокирован. Откройте его своим PIN-кодом.
error-vault-exists = У вас уже есть план. Откройте его своим PIN-кодом.
error-vault-unreadable = Не удаётся прочитать ваш экстренный план. Он не удалён.
