# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Сховати
quick-exit-label = Сховати цей екран зараз
neutral-title = Нотатки
neutral-placeholder = Напишіть нотатку. Вона не зберігається.
neutral-new = Нова нотатка
neutral-all = Усі нотатки
neutral-note-1-title = Покупки
neutral-note-1-body = Гречка, картопля, яйця, молоко, хліб, цибуля, мило.
neutral-note-2-title = Борщ
neutral-note-2-body = Буряк, капуста, картопля, морква, цибуля, сіль. Варити одну годину.
neutral-note-3-title = Цього тижня
neutral-note-3-body = Оплатити рахунок за телефон. Прибрати на кухні. Полагодити велосипед.
hide-tip-title = Як працює кнопка «Сховати»
hide-tip-text = Натисніть «Сховати», і kyr одразу покаже звичайну сторінку з нотатками. На ній немає нічого з kyr. Щоб повернутися, закрийте kyr і відкрийте знову.
hide-tip-ok = Зрозуміло

## Privacy
privacy-title = Ваша приватність
privacy-text = Цей застосунок нічого не надсилає і працює без інтернету. Він зберігає лише ваші налаштування, контакти, які ви зберегли, і ваш екстрений план, якщо ви його складете. Ваш план заблоковано вашим PIN-кодом. Ви можете стерти все в розділі «Налаштування».

## The emergency plan (locked)
home-plan = Мій екстрений план
home-plan-hint = Контакти, A-номер (A-number), сімейний план. Заблоковано PIN-кодом.
vault-title = Мій екстрений план
vault-intro = Зберігайте тут контакти для екстреного зв’язку і сімейний план. Вони заблоковані PIN-кодом і зберігаються лише на цьому телефоні.
vault-pin-label = PIN-код або кодова фраза
vault-pin-again = Введіть ще раз
vault-pin-hint = Використайте щонайменше 6 цифр або літер. Довша кодова фраза безпечніша.
vault-create = Заблокувати мій план цим PIN-кодом
vault-unlock = Відкрити
vault-lock = Заблокувати зараз
vault-locked-note = План блокується сам, коли ви виходите із застосунку, і через 5 хвилин.
vault-pin-mismatch = Два PIN-коди не збігаються.
vault-pin-short = Використайте щонайменше 6 цифр або літер.
vault-wrong-pin = Неправильний PIN-код.
vault-wait = { $seconds ->
    [one] Зачекайте { $seconds } секунду і спробуйте знову.
    [few] Зачекайте { $seconds } секунди і спробуйте знову.
    [many] Зачекайте { $seconds } секунд і спробуйте знову.
   *[other] Зачекайте { $seconds } секунди і спробуйте знову.
}
vault-unreadable = Не вдається прочитати ваш екстрений план. Можливо, файл пошкоджено. Його не видалено. Ви можете залишити його або стерти й почати знову.
vault-erase-damaged = Стерти пошкоджений план
vault-opening = Відкриваємо…
vault-save = Зберегти й заблокувати
vault-saved = Збережено. Ваш план заблоковано.
vault-name-label = Ваше ім’я
vault-a-number-label = Ваш A-номер (A-number), якщо він у вас є
vault-contacts-heading = Контакти для екстреного зв’язку
vault-contact-name = Ім’я
vault-contact-phone = Номер телефону
vault-add-contact = Додати контакт
vault-remove-contact = Видалити
vault-plan-heading = Сімейний план
vault-children-label = Хто забере дітей
vault-documents-label = Де лежать важливі документи
vault-lawyer-name-label = Ім’я адвоката
vault-lawyer-phone-label = Номер телефону адвоката
vault-notes-label = Інші нотатки
vault-phone-invalid = Цей номер телефону виглядає неправильно: { $phone }
vault-too-long = Текст задовгий. Будь ласка, скоротіть його.
vault-print = Надрукувати сімейний план
vault-print-title = Сімейний екстрений план
vault-print-note = Зберігайте цей аркуш удома, там, де ваша родина зможе його знайти.

## "I've been detained" message
detained-button = Мене затримали: надіслати повідомлення
detained-title = Надіслати повідомлення з проханням про допомогу
detained-explain = Відкриються SMS-повідомлення вашого телефону з готовим текстом. Надсилати його чи ні, вирішуєте ви. Цей застосунок нічого не надсилає.
detained-place-label = Куди вас везуть? (якщо знаєте)
detained-to = Кому
detained-send = Відкрити мої повідомлення
detained-no-contacts = Спершу додайте до свого плану контакт для екстреного зв’язку.
detained-msg-intro = Це { $name }. Мене затримала імміграційна служба.
detained-msg-a-number = Мій A-номер (A-number): { $anumber }.
detained-msg-lawyer = Будь ласка, зателефонуйте моєму адвокату: { $lawyer }, тел. { $phone }.
detained-msg-no-lawyer = Будь ласка, допоможіть мені знайти адвоката.
detained-msg-place = Мене везуть сюди: { $place }.

## Second PIN for danger
duress-title = Другий PIN-код на випадок небезпеки (можна пропустити)
duress-explain = Якщо хтось, хто не є представником влади, — наприклад, людина, яка чинить над вами насильство, — змушує вас відкрити план, введіть замість звичайного PIN-коду цей другий. Він відкриє порожній план. Ніхто не зможе дізнатися, що другий PIN-код існує.
officials-no-hiding = Не використовуйте другий PIN-код і не стирайте свій план після того, як поліція або імміграційні агенти попросили подивитися ваш телефон або цей застосунок. Якщо в цей момент ховати або видаляти інформацію, це може бути злочином. Скажіть: «Я не даю згоди на обшук», і попросіть адвоката.
duress-pin-label = Другий PIN-код
duress-wipe-label = Також стирати мій справжній план, коли вводять другий PIN-код
duress-wipe-warning = Якщо ви це виберете, ваш справжній план зникне назавжди, коли введуть другий PIN-код. Його не можна буде повернути.
duress-set = Встановити другий PIN-код
duress-confirm = Я розумію. Встановити другий PIN-код.
duress-same = Другий PIN-код має відрізнятися від вашого PIN-коду.
duress-done = Другий PIN-код встановлено.

## Erase everything
wipe-title = Стерти все
wipe-explain = Це зітре з цього телефону ваш екстрений план, збережені контакти, контакти, додані з файлів, пакети клінік і ваші налаштування. Посібники залишаться. Це не можна скасувати.
wipe-button = Стерти все
wipe-confirm = Так, стерти все зараз
wipe-cancel = Скасувати
wipe-done = Усе, що ви зберегли, стерто.

## Errors
error-vault-locked = Ваш план заблоковано. Відкрийте його своїм PIN-кодом.
error-vault-exists = У вас уже є план. Відкрийте його своїм PIN-кодом.
error-vault-unreadable = Не вдається прочитати ваш екстрений план. Його не видалено.
