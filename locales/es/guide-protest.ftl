# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Protestas y grabaciones
protest-summary = Usted marcha, observa o graba a agentes en público.
protest-first = Conozca el riesgo antes de ir. Cualquier contacto con la policía puede causarle problemas de inmigración, incluso sin un arresto.
protest-do-record = Usted puede grabar a la policía y a los agentes mientras hacen su trabajo en público. Manténgase tan lejos como le digan. No se interponga en su camino.
protest-do-phone = Antes de una protesta, desactive el desbloqueo con la cara y con la huella digital. Use un código de acceso en su lugar.
protest-do-silent = Si la policía le detiene, puede guardar silencio y pedir un abogado.
protest-do-plan = Vaya con amigos. Memorice el número de teléfono de alguien a quien llamar si le arrestan.
protest-dont-fight = No pelee ni se resista, aunque crea que un arresto es injusto.
protest-dont-carry = No lleve documentos de otro país, y nunca muestre documentos falsos.
protest-dont-sign = No firme nada antes de hablar con un abogado.
protest-why-speech = La Primera Enmienda protege la protesta pacífica para todas las personas en EE. UU. La protesta pacífica no está en la lista de motivos de deportación. Pero un arresto o un cargo criminal puede llevar a la deportación.
protest-why-record = Varias cortes federales de apelaciones dicen que la Primera Enmienda protege grabar a los funcionarios que trabajan en público, con límites razonables.
protest-why-passcode = Un código de acceso memorizado le da una protección legal más fuerte que el desbloqueo con la cara o con la huella digital.
protest-unsettled-courts = Las cortes no siempre protegen de la misma manera el derecho a la libertad de expresión de los inmigrantes.
protest-unsettled-visas = Desde 2025, el gobierno ha cancelado visas y ha tratado de deportar a algunas personas que no son ciudadanas, incluso a estudiantes y a personas con green card, por protestas o por lo que dijeron. Las cortes están decidiendo si esto es legal. Si usted no es ciudadano de EE. UU., y sobre todo si tiene una visa, hable con un abogado antes de ir.
protest-unsettled-impeding = Bloquear a un oficial federal o interferir con su trabajo es un delito. Mantenga la distancia cuando grabe.
protest-unsettled-scans = Hay videos que muestran a agentes apuntando teléfonos a los manifestantes. Puede ser un escaneo de cara. Vea la guía sobre escaneos de cara y de huellas digitales.
protest-unsettled-record = No todas las cortes han decidido sobre las grabaciones, y está menos claro cómo se aplican estas decisiones a los agentes federales.
