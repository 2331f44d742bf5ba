# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Пакеты клиник
packs-intro = Клиника может дать вам пакет. Это файл с её контактами, местными заметками и обновлениями. Перед тем как использовать пакет, приложение проверяет, кто его сделал. Ничего никуда не отправляется.
packs-install = Установить пакет из файла
packs-none = Нет установленных пакетов.
pack-version = Версия { $version }, создана { $date }
pack-from = От: { $publisher }
pack-key = Код ключа (сверьте с клиникой): { $key }
pack-restore = Вернуть прежнюю версию
pack-remove = Удалить этот пакет
pack-installed = Пакет установлен.
pack-restored = Готово. Пакет снова такой, каким был раньше.

## Before installing
pack-review-title = Вы доверяете этой клинике?
pack-review-new = Это первый пакет от этой клиники. Перед установкой сверьте с клиникой название и код ключа. Они должны совпадать с тем, что говорит клиника.
pack-review-known = Этот пакет от клиники, которой вы уже доверяете.
pack-adds-title = Что добавляет этот пакет
pack-adds-contacts = Контакты для справочника
pack-adds-outdated = Сообщения об устаревших записях справочника
pack-adds-profile = Название клиники, её сайт и строка для печатных карточек
pack-adds-guides = Свои памятки: { $titles }
pack-adds-languages = На этих языках: { $languages }
pack-adds-official = Официальное обновление, которое меняет текст самого приложения: { $files }
pack-review-install = Доверять и установить
pack-review-update = Установить обновление
pack-review-cancel = Отмена

## Where pack content shows
pack-guide-from = В этой памятке есть изменения от: { $publisher }.
home-clinic = Ваша клиника
clinic-call = Позвонить

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Этот пакет слишком большой. Ничего не изменилось.
pack-error-not-a-pack = Этот файл не пакет kyr, или он неполный. Ничего не изменилось.
pack-error-signature = Этот пакет изменили или повредили после того, как его сделали. Ничего не изменилось.
pack-error-malformed = Этот пакет сделан неправильно. Ничего не изменилось.
pack-error-not-official = Этот пакет назван именем самого приложения, но он не от создателей приложения. Ничего не изменилось.
pack-error-other-key = Этот пакет назван именем клиники, которой вы доверяете, но у него другой ключ. Возможно, он не от этой клиники. Ничего не изменилось.
pack-error-not-newer = У вас уже есть версия { $installed } этого пакета. В этом файле версия { $offered }. Ничего не изменилось.
pack-error-built-in = Этот пакет пытается изменить слова самого приложения, например то, что говорить агенту. Так могут делать только официальные обновления kyr. Ничего не изменилось.
pack-error-content = В этом пакете есть ошибка, поэтому ничего не изменилось. Файл { $file }, строка { $line }: { $problem }
pack-error-io = Не удалось сохранить пакет. Ничего не изменилось.
pack-broken = Не удалось прочитать установленный пакет. Пока приложение использует своё собственное содержимое.
