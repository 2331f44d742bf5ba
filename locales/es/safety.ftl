# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Ocultar
quick-exit-label = Ocultar esta pantalla ahora
neutral-title = Notas
neutral-placeholder = Escriba una nota. No se guarda.
neutral-new = Nota nueva
neutral-all = Todas las notas
neutral-note-1-title = Compras
neutral-note-1-body = Arroz, frijoles, huevos, leche, pan, cebollas, jabón.
neutral-note-2-title = Sopa de frijoles
neutral-note-2-body = Frijoles, tomate, cebolla, ajo, sal. Cocinar una hora.
neutral-note-3-title = Esta semana
neutral-note-3-body = Pagar la cuenta del teléfono. Limpiar la cocina. Arreglar la bicicleta.
hide-tip-title = Cómo funciona "Ocultar"
hide-tip-text = Toque "Ocultar" y kyr muestra al instante una página de notas sencilla. No hay nada de kyr en ella. Para volver, cierre kyr y ábralo otra vez.
hide-tip-ok = Entendido

## Privacy
privacy-title = Su privacidad
privacy-text = Esta aplicación no envía nada y no necesita internet. Solo guarda su configuración, los contactos que usted guarde y su plan de emergencia, si hace uno. Su plan está bloqueado con su PIN. Puede borrar todo en Configuración.

## The emergency plan (locked)
home-plan = Mi plan de emergencia
home-plan-hint = Contactos, número A (A-number), plan familiar. Bloqueado con un PIN.
vault-title = Mi plan de emergencia
vault-intro = Guarde aquí sus contactos de emergencia y su plan familiar. Están bloqueados con un PIN y se quedan solo en este teléfono.
vault-pin-label = PIN o frase secreta
vault-pin-again = Escríbalo otra vez
vault-pin-hint = Use por lo menos 6 números o letras. Una frase secreta más larga es más segura.
vault-create = Bloquear mi plan con este PIN
vault-unlock = Abrir
vault-lock = Bloquear ahora
vault-locked-note = Se bloquea solo cuando usted sale de la aplicación, y después de 5 minutos.
vault-pin-mismatch = Los dos PIN no son iguales.
vault-pin-short = Use por lo menos 6 números o letras.
vault-wrong-pin = PIN incorrecto.
# Plural: Spanish "one" is only 1.
vault-wait = { $seconds ->
    [one] Espere un segundo y vuelva a intentarlo.
   *[other] Espere { $seconds } segundos y vuelva a intentarlo.
}
vault-unreadable = No se puede leer su plan de emergencia. Puede que el archivo esté dañado. No se ha borrado. Puede conservarlo, o borrarlo y empezar de nuevo.
vault-erase-damaged = Borrar el plan dañado
vault-opening = Abriendo…
vault-save = Guardar y bloquear
vault-saved = Guardado. Su plan está bloqueado.
vault-name-label = Su nombre
vault-a-number-label = Su número A (A-number), si tiene uno
vault-contacts-heading = Contactos de emergencia
vault-contact-name = Nombre
vault-contact-phone = Número de teléfono
vault-add-contact = Agregar un contacto
vault-remove-contact = Quitar
vault-plan-heading = Plan familiar
vault-children-label = Quién recoge a los niños
vault-documents-label = Dónde están los papeles importantes
vault-lawyer-name-label = Nombre del abogado
vault-lawyer-phone-label = Número de teléfono del abogado
vault-notes-label = Otras notas
vault-phone-invalid = Este número de teléfono no parece correcto: { $phone }
vault-too-long = Es demasiado largo. Por favor, hágalo más corto.
vault-print = Imprimir el plan familiar
vault-print-title = Plan familiar de emergencia
vault-print-note = Guarde este papel en casa, donde su familia lo pueda encontrar.

## "I've been detained" message
detained-button = Me detuvieron: enviar un mensaje
detained-title = Enviar un mensaje para pedir ayuda
detained-explain = Esto abre los mensajes de texto de su teléfono con un mensaje listo. Usted decide si lo envía. Esta aplicación no envía nada.
detained-place-label = ¿A dónde le llevan? (si lo sabe)
detained-to = Para
detained-send = Abrir mis mensajes de texto
detained-no-contacts = Primero agregue un contacto de emergencia a su plan.
detained-msg-intro = Soy { $name }. Inmigración me detuvo.
detained-msg-a-number = Mi número A (A-number) es { $anumber }.
detained-msg-lawyer = Por favor, llama a mi abogado, { $lawyer }, al { $phone }.
detained-msg-no-lawyer = Por favor, ayúdame a encontrar un abogado.
detained-msg-place = Me están llevando a: { $place }.

## Second PIN for danger
duress-title = Un segundo PIN para casos de peligro (puede saltar este paso)
duress-explain = Si alguien que no es un oficial, como un agresor, le obliga a abrir su plan, escriba este segundo PIN en su lugar. Abre un plan vacío. Nadie puede ver que existe un segundo PIN.
officials-no-hiding = No use un segundo PIN ni borre su plan después de que la policía o los agentes de inmigración le pidan ver su teléfono o esta aplicación. Esconder o borrar información en ese momento puede ser un delito. Diga: "No doy mi consentimiento para un registro", y pida un abogado.
duress-pin-label = Segundo PIN
duress-wipe-label = Borrar también mi plan real cuando se use el segundo PIN
duress-wipe-warning = Si elige esto, su plan real se borra para siempre cuando se use el segundo PIN. No se puede recuperar.
duress-set = Crear el segundo PIN
duress-confirm = Entiendo. Crear el segundo PIN.
duress-same = El segundo PIN tiene que ser diferente de su PIN.
duress-done = El segundo PIN está listo.

## Erase everything
wipe-title = Borrar todo
wipe-explain = Esto borra de este teléfono su plan de emergencia, sus contactos guardados, los contactos agregados desde archivos, los paquetes de clínicas y su configuración. Las guías se quedan. Esto no se puede deshacer.
wipe-button = Borrar todo
wipe-confirm = Sí, borrar todo ahora
wipe-cancel = Cancelar
wipe-done = Todo lo que usted guardó se borró.

## Errors
error-vault-locked = Su plan está bloqueado. Ábralo con su PIN.
error-vault-exists = Ya tiene un plan. Ábralo con su PIN.
error-vault-unreadable = No se puede leer su plan de emergencia. No se ha borrado.
