# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = Después de un encuentro
after-summary = Escriba lo que pasó, busque ayuda y encuentre a alguien a quien se llevaron.
after-first = En cuanto esté a salvo, escriba lo que pasó.
after-do-write = Escriba la fecha, la hora y el lugar, lo que dijeron e hicieron los agentes, sus nombres o números de insignia, las placas de los carros y lo que se llevaron.
after-do-witnesses = Escriba los nombres y números de teléfono de los testigos. Guarde las fotos y los videos en un lugar seguro.
after-do-lawyer = Hable con un abogado o con una línea de respuesta rápida sobre lo que pasó.
after-do-find = Si se llevaron a alguien, busque en el { -ice } Online Detainee Locator (buscador de detenidos en internet) con su número A (A-number) y su país de nacimiento, o con su nombre exacto y su país de nacimiento.
after-do-line = También puede llamar a la línea de información sobre detenidos de { -ice }: 1-888-351-4024.
after-dont-post = No publique en internet detalles sobre el estatus de una persona.
after-dont-sign = Antes de hablar con un abogado, no firme papeles por alguien que fue detenido.
after-why-record = En varias cortes federales de apelaciones, grabar a funcionarios mientras hacen su trabajo en público está protegido. Sus notas y videos pueden ayudar a un abogado.
after-why-locator = { -ice } maneja el Online Detainee Locator. Puede buscar con un número A (A-number) y el país de nacimiento, o con un nombre y el país de nacimiento.
after-unsettled-locator = Es posible que el buscador no muestre a todas las personas. Es posible que no muestre a los niños menores de 18 años. Si no puede encontrar a la persona, llame a un abogado.
