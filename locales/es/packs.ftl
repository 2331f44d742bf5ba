# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Paquetes de clínicas
packs-intro = Una clínica le puede dar un paquete: un archivo con los contactos de la clínica, notas locales y actualizaciones. Antes de usarlo, la aplicación revisa quién lo hizo. No se envía nada.
packs-install = Instalar un paquete desde un archivo
packs-none = No hay ningún paquete instalado.
pack-version = Versión { $version }, hecha el { $date }
pack-from = De { $publisher }
pack-key = Código de clave: { $key }
pack-restore = Volver a la versión anterior
pack-remove = Quitar este paquete
pack-installed = El paquete está instalado.
pack-restored = Listo. El paquete volvió a estar como antes.

## Before installing
pack-review-title = ¿Confía en esta clínica?
pack-review-new = Este es el primer paquete de esta clínica. Antes de instalarlo, pregunte a la clínica su nombre y su código de clave. Revise que sean iguales a los que se ven aquí.
pack-review-known = Este paquete es de una clínica en la que usted ya confía.
pack-adds-title = Lo que agrega este paquete
pack-adds-contacts = Contactos para el directorio
pack-adds-outdated = Reportes de contactos desactualizados del directorio
pack-adds-profile = El nombre de la clínica, su sitio web y una línea de texto para las tarjetas impresas
pack-adds-guides = Guías propias del paquete: { $titles }
pack-adds-languages = En estos idiomas: { $languages }
pack-adds-official = Una actualización oficial que cambia el texto propio de la aplicación: { $files }
pack-review-install = Confiar e instalar
pack-review-update = Instalar la actualización
pack-review-cancel = Cancelar

## Where pack content shows
pack-guide-from = Esta guía incluye cambios de { $publisher }.
home-clinic = Su clínica
clinic-call = Llamar

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Este paquete es demasiado grande. No se cambió nada.
pack-error-not-a-pack = Este archivo no es un paquete para esta aplicación, o está incompleto. No se cambió nada.
pack-error-signature = Este paquete se modificó o se dañó después de hacerse. No se cambió nada.
pack-error-malformed = Este paquete no está bien hecho. No se cambió nada.
pack-error-not-official = Este paquete usa el nombre de esta aplicación, pero no viene de quienes hicieron la aplicación. No se cambió nada.
pack-error-other-key = Este paquete usa el nombre de una clínica en la que usted confía, pero su clave es diferente. Puede que no venga de esa clínica. No se cambió nada.
pack-error-not-newer = Usted ya tiene la versión { $installed } de este paquete. Este archivo es la versión { $offered }. No se cambió nada.
pack-error-built-in = Este paquete intenta cambiar las palabras propias de la aplicación, como lo que hay que decirle a un agente. Solo las actualizaciones oficiales de esta aplicación pueden hacer eso. No se cambió nada.
pack-error-content = Este paquete tiene un error, así que no se cambió nada. En { $file }, línea { $line }: { $problem }
pack-error-io = No se pudo guardar el paquete. No se cambió nada.
pack-broken = No se pudo leer un paquete instalado. Por ahora, la aplicación usa el contenido que ya trae.
