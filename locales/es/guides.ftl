# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Esta aplicación da información legal, no asesoría legal. Hable con un abogado sobre su caso. Las cortes de inmigración publican una lista de proveedores de servicios legales gratuitos.

## Stopped right now?

right-now-title = ¿Le están deteniendo ahora mismo?
right-now-summary = Los pasos más importantes, en orden.
right-now-first = Mantenga la calma. No corra. Mantenga las manos donde los agentes las puedan ver.
right-now-do-free-to-go = Pregunte si se puede ir. Si le dicen que sí, aléjese caminando despacio.
right-now-do-silent = Usted puede guardar silencio. Diga en voz alta que va a guardar silencio.
right-now-do-no-search = Si le piden registrarle a usted o sus cosas, puede decir que no.
right-now-do-lawyer = Pida un abogado. No firme ningún papel antes de hablar con uno.
right-now-dont-run = No corra, no empuje ni pelee, aunque crea que la detención es injusta.
right-now-dont-lie = No mienta. No muestre documentos falsos.

## On the street

street-title = En la calle
street-summary = La policía o agentes de inmigración le detienen en un lugar público.
street-first = Mantenga la calma. No corra. Pregunte si se puede ir.
street-do-free-to-go = Si le dicen que se puede ir, aléjese caminando despacio.
street-do-silent = Usted puede guardar silencio. Diga en voz alta que va a guardar silencio.
street-do-name = En algunos estados, usted debe dar su nombre si la policía le detiene porque sospecha que usted cometió un delito. Nunca tiene que decir dónde nació ni cuál es su estatus migratorio.
street-do-no-search = Si le piden registrarle a usted o su bolsa, puede decir que no.
street-do-carry-papers = Si tiene 18 años o más y Estados Unidos le dio documentos de inmigración, como una green card, llévelos con usted.
street-dont-run = No corra, no empuje ni pelee, aunque crea que la detención es injusta.
street-dont-lie = No mienta. No muestre documentos falsos.
street-dont-foreign-papers = Si no tiene estatus legal, no lleve documentos de otro país, como un pasaporte. No se los dé a los agentes.
street-dont-sign = No firme ningún papel antes de hablar con un abogado.
street-why-silence = La Constitución de EE. UU. le da a todas las personas en el país el derecho a guardar silencio, sin importar su estatus migratorio.
street-why-name = La Corte Suprema dice que un estado puede exigirle dar su nombre cuando la policía le detiene porque tiene una sospecha razonable de un delito. Los estados no pueden exigirle más que su nombre.
street-why-carry = Una ley federal dice que las personas de 18 años o más que no son ciudadanas deben llevar siempre con ellas los documentos de inmigración que recibieron. No llevarlos es un delito.
street-unsettled-name-states = Solo algunos estados tienen una ley que le obliga a dar su nombre. Las listas de estos estados no coinciden. Pregúntele a un abogado local sobre su estado.
street-unsettled-expedited = Desde enero de 2025, el gobierno dice que puede usar un proceso rápido de deportación ("expedited removal") en cualquier parte de EE. UU. para las personas que no puedan demostrar que han vivido aquí por dos años. Las cortes han cambiado esto más de una vez. Algunos abogados recomiendan guardar pruebas del tiempo que usted ha vivido aquí, como registros de impuestos, talones de pago o contratos de renta. Llevarlas con usted también puede causar problemas. Pregúntele a un abogado qué es lo correcto para usted.
street-unsettled-border = En la frontera y en los aeropuertos se aplican otras reglas.

## Agents at your door

door-title = Agentes en su puerta
door-summary = La policía o { -ice } tocan a la puerta de su casa.
door-first = No abra la puerta. Puede hablar a través de la puerta cerrada.
door-do-ask-who = Pregunte quiénes son y por qué están ahí.
door-do-slide-warrant = Pídales que pasen la orden por debajo de la puerta o que la muestren por una ventana.
door-do-judge = Una orden de un juez tiene el nombre de una corte en la parte de arriba. La firma un juez.
door-do-ice-form = Una orden de { -ice } dice "{ -dhs-on-papers }" en la parte de arriba. La firma un oficial de { -ice }, no un juez. Los formularios I-200 y I-205 son órdenes de { -ice }.
door-do-silent = Usted puede guardar silencio. No tiene que contestar sus preguntas.
door-dont-open = No abra la puerta para ver el papel ni para hablar.
door-dont-resist = Si los agentes entran de todos modos, no los empuje ni pelee con ellos. Diga que no da su consentimiento y mantenga la calma.
door-dont-lie = No mienta. No muestre documentos falsos.
door-dont-sign = No firme ningún papel antes de hablar con un abogado.
door-why-payton = Sin una orden, la policía no puede entrar a su casa para arrestarle, a menos que usted esté de acuerdo o haya una emergencia.
door-why-ice-forms = Las órdenes de { -ice } (formularios I-200 y I-205) las firman oficiales de inmigración, no jueces.
door-why-silence = La Constitución de EE. UU. le da a todas las personas el derecho a guardar silencio, sin importar su estatus migratorio.
door-unsettled-memo = Un memorando de { -ice } del 12 de mayo de 2025 dice que los agentes pueden entrar a la fuerza a una casa con una orden I-205 para arrestar a una persona que tiene una orden final de deportación. Esto va en contra de lo que { -ice } les enseñaba antes a sus oficiales. Hay personas que lo están cuestionando en la corte. Aun así, no abra la puerta y diga que no da su consentimiento.

## Face or fingerprint scan

scan-title = Escaneo de cara o de huellas digitales
scan-summary = Un agente le apunta a la cara con un teléfono o le pide sus dedos.
scan-first = Mantenga la calma. No corra. No aparte el teléfono de un empujón.
scan-do-say-no-consent = Puede decir que no da su consentimiento para el escaneo.
scan-do-silent = Puede guardar silencio sobre dónde nació y sobre su estatus migratorio.
scan-do-free-to-go = Pregunte si se puede ir.
scan-do-lawyer = Pida un abogado.
scan-do-carry = Si tiene una green card y tiene 18 años o más, la ley dice que debe llevarla con usted. Los ciudadanos de EE. UU. no tienen que llevar pruebas de ciudadanía. Un miembro del Congreso dijo que { -ice } les dice a sus agentes que pueden ignorar pruebas de ciudadanía, como un acta de nacimiento, si { -mobile-fortify } dice que la persona no es ciudadana.
scan-do-write-down = Después, escriba lo que pasó: la hora, el lugar, lo que dijeron los agentes, sus nombres o números de insignia, las placas de los carros y si le escanearon la cara o los dedos.
scan-dont-resist = No pelee ni corra, aunque crea que el escaneo es injusto.
scan-dont-lie = No mienta. No muestre documentos falsos.
scan-why-what = Los agentes de { -ice } usan una aplicación de teléfono llamada { -mobile-fortify }. Apuntan el teléfono a una cara, toman una foto sin preguntar y buscan en bases de datos del gobierno en segundos.
scan-why-databases = { -mobile-fortify } también puede leer huellas digitales sin tocar los dedos. La principal base de datos de huellas y caras del gobierno tiene registros de más de 270 millones de personas.
scan-why-kept = Un documento del { -dhs } dice que las fotos se guardan por 15 años, incluso las fotos de ciudadanos de EE. UU.
scan-why-not-proof = Una coincidencia no es una prueba. Una regla del { -dhs } (Directive 026-11) dice que el reconocimiento facial no puede ser la única razón para una acción de aplicación de la ley. Otras agencias revisan los documentos cuando hay dudas sobre una coincidencia.
scan-why-errors = El reconocimiento facial comete más errores con mujeres y con personas de color.
scan-unsettled-refuse = Un documento del { -dhs } dice que { -ice } no les da a las personas la oportunidad de decir que no al escaneo. Ninguna corte ha dicho claramente si usted puede negarse. Aun así, puede decir que no da su consentimiento, pero los agentes pueden escanearle de todos modos.
scan-unsettled-fingerprints = En 2020, { -ice } dijo que tomar huellas digitales con una aplicación de teléfono más antigua era voluntario. No está claro si eso sigue siendo cierto.
scan-unsettled-match = Grupos de defensa de derechos dicen que los agentes de { -ice } pueden tratar una coincidencia como definitiva, incluso cuando otras pruebas dicen lo contrario. No está claro si todavía se sigue la regla del { -dhs } que prohíbe usar solo el reconocimiento facial.
scan-unsettled-lawsuit = En enero de 2026, Illinois y la Ciudad de Chicago presentaron una demanda que incluye el uso de { -mobile-fortify }. El caso puede cambiar las reglas.
