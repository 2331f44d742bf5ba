# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Пакети клінік
packs-intro = Клініка може дати вам пакет. Це файл з її контактами, місцевими примітками й оновленнями. Перш ніж використати пакет, застосунок перевіряє, хто його зробив. Нічого нікуди не надсилається.
packs-install = Встановити пакет із файлу
packs-none = Немає встановлених пакетів.
pack-version = Версія { $version }, створено { $date }
pack-from = Від: { $publisher }
pack-key = Код ключа (звірте з клінікою): { $key }
pack-restore = Повернути попередню версію
pack-remove = Видалити цей пакет
pack-installed = Пакет встановлено.
pack-restored = Готово. Пакет знову такий, як був раніше.

## Before installing
pack-review-title = Ви довіряєте цій клініці?
pack-review-new = Це перший пакет від цієї клініки. Перед встановленням звірте з клінікою назву й код ключа. Вони мають збігатися з тим, що каже клініка.
pack-review-known = Цей пакет від клініки, якій ви вже довіряєте.
pack-adds-title = Що додає цей пакет
pack-adds-contacts = Контакти для довідника
pack-adds-outdated = Повідомлення про застарілі записи довідника
pack-adds-profile = Назва клініки, її вебсайт і рядок для надрукованих карток
pack-adds-guides = Власні посібники: { $titles }
pack-adds-languages = Цими мовами: { $languages }
pack-adds-official = Офіційне оновлення, яке змінює текст самого застосунку: { $files }
pack-review-install = Довіряти й встановити
pack-review-update = Встановити оновлення
pack-review-cancel = Скасувати

## Where pack content shows
pack-guide-from = У цьому посібнику є зміни від: { $publisher }.
home-clinic = Ваша клініка
clinic-call = Зателефонувати

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Цей пакет завеликий. Нічого не змінилося.
pack-error-not-a-pack = Цей файл не пакет kyr, або він неповний. Нічого не змінилося.
pack-error-signature = Цей пакет змінили або пошкодили після того, як його зробили. Нічого не змінилося.
pack-error-malformed = Цей пакет зроблено неправильно. Нічого не змінилося.
pack-error-not-official = Цей пакет має назву самого застосунку, але він не від творців застосунку. Нічого не змінилося.
pack-error-other-key = Цей пакет має назву клініки, якій ви довіряєте, але в нього інший ключ. Можливо, він не від цієї клініки. Нічого не змінилося.
pack-error-not-newer = У вас уже є версія { $installed } цього пакета. У цьому файлі версія { $offered }. Нічого не змінилося.
pack-error-built-in = Цей пакет намагається змінити слова самого застосунку, наприклад те, що казати агентові. Так можуть робити лише офіційні оновлення kyr. Нічого не змінилося.
pack-error-content = У цьому пакеті є помилка, тому нічого не змінилося. Файл { $file }, рядок { $line }: { $problem }
pack-error-io = Не вдалося зберегти пакет. Нічого не змінилося.
pack-broken = Не вдалося прочитати встановлений пакет. Поки що застосунок використовує власний вміст.
