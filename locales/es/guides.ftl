# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Esta aplicación da información legal, no asesoría legal. Hable con un abogado sobre su caso. Para encontrar ayuda gratuita o de bajo costo, abra "Buscar ayuda legal" en esta aplicación. Las cortes de inmigración también publican una lista de proveedores de servicios legales gratuitos.

## Stopped right now?

right-now-title = ¿Le están deteniendo ahora mismo?
right-now-summary = Los pasos más importantes, en orden.
right-now-first = Mantenga la calma. No corra. Mantenga las manos donde los agentes las puedan ver.
right-now-do-free-to-go = Pregunte si se puede ir. Si le dicen que sí, aléjese caminando despacio.
right-now-do-silent = Usted puede guardar silencio. Diga en voz alta que va a guardar silencio.
right-now-do-name = En algunos estados, usted debe decirle su nombre a la policía si le detiene porque sospecha un delito. Nunca dé un nombre falso.
right-now-do-papers = Si tiene documentos de inmigración de EE. UU. válidos y un agente de inmigración se los pide, muéstrelos. No muestre documentos de otro país.
right-now-do-no-search = Si le piden registrarle a usted o sus cosas, puede decir que no. Aun así, la policía puede palpar la parte de afuera de su ropa para buscar armas. No se resista. Diga: "No doy mi consentimiento para un registro".
right-now-do-lawyer = Pida un abogado. No firme ningún papel antes de hablar con uno.
right-now-dont-run = No corra, no empuje ni pelee, aunque crea que la detención es injusta.
right-now-dont-lie = No mienta y no muestre documentos falsos. Mentirle a un agente federal es un delito.

## On the street

street-title = En la calle
street-summary = La policía o agentes de inmigración le detienen en un lugar público.
street-first = Mantenga la calma. No corra. Pregunte si se puede ir.
street-do-free-to-go = Si le dicen que se puede ir, aléjese caminando despacio.
street-do-silent = Usted puede guardar silencio. Diga en voz alta que va a guardar silencio.
street-do-name = En algunos estados, usted debe dar su nombre si la policía le detiene porque sospecha que usted cometió un delito. Nunca dé un nombre falso. No tiene que contestar preguntas sobre dónde nació ni sobre su estatus migratorio.
street-do-no-search = Si le piden registrarle a usted o su bolsa, puede decir que no. Aun así, la policía puede palpar la parte de afuera de su ropa para buscar armas. No se resista.
street-do-carry-papers = Si tiene 18 años o más y Estados Unidos le dio documentos de inmigración, como una green card, llévelos con usted.
street-do-show-papers = Si tiene documentos de inmigración de EE. UU. válidos y un agente de inmigración se los pide, muéstrelos. No muestre documentos de otro país.
street-do-ask-agency = Pregunte de qué agencia son. A veces los agentes de inmigración usan chalecos que dicen "POLICE" o dicen que son policías.
street-dont-run = No corra, no empuje ni pelee, aunque crea que la detención es injusta.
street-dont-lie = No mienta. No muestre documentos falsos.
street-dont-foreign-papers = Si no tiene estatus legal, no lleve documentos de otro país, como un pasaporte. No se los ofrezca a los agentes. Si tiene una orden de deportación, pregúntele a un abogado antes de negarse cuando le pidan documentos de viaje.
street-dont-sign = No firme ningún papel antes de hablar con un abogado.
street-why-silence = La Constitución de EE. UU. le da a todas las personas en el país el derecho a guardar silencio, sin importar su estatus migratorio.
street-why-name = La Corte Suprema ha permitido que los estados le obliguen a dar su nombre cuando la policía le detiene legalmente porque sospecha un delito. Algunos estados piden más, como su dirección. Aun así, puede guardar silencio sobre dónde nació y sobre su estatus migratorio.
street-why-carry = Una ley federal dice que las personas de 18 años o más que no son ciudadanas deben llevar siempre con ellas los documentos de inmigración que recibieron. No llevarlos es un delito.
street-why-frisk = La policía puede palpar la parte de afuera de su ropa si tiene razones para pensar que usted tiene un arma. Eso no es un registro completo.
street-why-fourth = La Cuarta Enmienda protege a todas las personas en EE. UU. contra registros y detenciones no razonables. Por eso usted puede decir que no a un registro.
street-why-lie = Mentirle a un agente federal es un delito. Decir que usted es ciudadano de EE. UU. cuando no lo es también es un delito, y puede hacer que nunca pueda obtener un estatus legal. Mostrar documentos falsos también es un delito.
street-why-run = Salir corriendo puede darle a la policía una razón para detenerle. Pelear con un oficial federal o bloquearle el paso es un delito.
street-why-287g = En algunos lugares, la policía local o los alguaciles (sheriffs) tienen un acuerdo con { -ice }, llamado 287(g), para hacer algunas tareas de inmigración. Con ellos, sus derechos son los mismos.
street-unsettled-name-states = Solo algunos estados tienen una ley que le obliga a dar su nombre. Las listas de estos estados no coinciden. Pregúntele a un abogado local sobre su estado.
street-unsettled-expedited = Desde enero de 2025, el gobierno dice que puede usar un proceso rápido de deportación ("expedited removal") en cualquier parte de EE. UU. para las personas que no puedan demostrar que han vivido aquí por dos años. Las cortes han cambiado esto más de una vez. Si tiene miedo de regresar a su país, dígaselo claramente al oficial y pida hablar con un oficial de asilo. Algunos abogados dicen que guarde pruebas del tiempo que usted ha vivido aquí, como registros de impuestos, talones de pago o contratos de renta. Llevarlas con usted también puede causar problemas. Pregúntele a un abogado qué es lo correcto para usted.
street-unsettled-border = En los cruces de la frontera, y cuando llega a un aeropuerto desde otro país, se aplican otras reglas. Vea la guía sobre la frontera.
street-unsettled-federal = Las leyes estatales sobre dar su nombre están escritas para la policía. No está claro cómo se aplican a los agentes federales de inmigración. Siempre puede guardar silencio sobre dónde nació y sobre su estatus.
street-unsettled-roving = En septiembre de 2025, la Corte Suprema permitió que los agentes de inmigración en el sur de California siguieran haciendo detenciones mientras un caso en la corte decide si son legales las detenciones basadas en cómo se ven las personas, el idioma que hablan, dónde están o el trabajo que hacen. Aun así, los agentes necesitan una sospecha razonable para detenerle.

## Agents at your door

door-title = Agentes en su puerta
door-summary = La policía o { -ice } tocan a la puerta de su casa.
door-first = No abra la puerta. Puede hablar a través de la puerta cerrada.
door-do-ask-who = Pregunte quiénes son, de qué agencia son y por qué están ahí. Pídales que le muestren su identificación por una ventana.
door-do-slide-warrant = Pídales que pasen la orden por debajo de la puerta o que la muestren por una ventana.
door-do-judge = Una orden de un juez tiene el nombre de una corte en la parte de arriba. La firma un juez.
door-do-ice-form = Una orden de { -ice } dice "{ -dhs-on-papers }" en la parte de arriba. La firma un oficial de { -ice }, no un juez. Los formularios I-200 y I-205 son órdenes de { -ice }.
door-do-silent = Usted puede guardar silencio. No tiene que contestar sus preguntas.
door-dont-open = No abra la puerta para ver el papel ni para hablar.
door-dont-step-out = No salga para hablar. A veces los agentes tratan de hacer que las personas salgan para poder arrestarlas.
door-dont-resist = Si los agentes entran de todos modos, no los empuje ni pelee con ellos. Diga que no da su consentimiento y mantenga la calma.
door-dont-lie = No mienta. No muestre documentos falsos.
door-dont-sign = No firme ningún papel antes de hablar con un abogado.
door-why-payton = La policía no puede entrar a su casa para arrestarle sin una orden firmada por un juez, a menos que usted esté de acuerdo o haya una emergencia. Vea la nota de abajo sobre un memorando de { -ice }.
door-why-fourth = La Cuarta Enmienda protege su casa contra registros no razonables. Por eso importa una orden de un juez, o su consentimiento.
door-why-arrest-warrant = Una orden de arresto de un juez permite que los oficiales entren a la casa de la persona que aparece en la orden cuando creen que esa persona está adentro. Para buscar a esa persona en la casa de otra persona, necesitan una orden de registro, consentimiento o una emergencia.
door-why-ruse = A veces los agentes de inmigración se visten como policías o dicen que son policías, para que las personas abran la puerta o salgan.
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
scan-why-not-proof = Una coincidencia, por sí sola, no es una prueba. Una regla del { -dhs } (Directive 026-11) decía que el reconocimiento facial no podía ser la única razón para una acción de aplicación de la ley. Otras agencias, como { -cbp } y la TSA, revisan los documentos cuando hay dudas sobre una coincidencia.
scan-why-errors = El reconocimiento facial comete más errores con mujeres y con personas de color.
scan-unsettled-refuse = Un documento del { -dhs } dice que { -ice } no les da a las personas la oportunidad de decir que no al escaneo. Ninguna corte ha dicho claramente si usted puede negarse. Aun así, puede decir que no da su consentimiento, pero los agentes pueden escanearle de todos modos.
scan-unsettled-fingerprints = En 2020, { -ice } dijo que tomar huellas digitales con una aplicación de teléfono más antigua era voluntario. No está claro si eso sigue siendo cierto.
scan-unsettled-match = Grupos de defensa de derechos dicen que los agentes de { -ice } pueden tratar una coincidencia como definitiva, incluso cuando otras pruebas dicen lo contrario. No está claro si todavía se sigue la regla del { -dhs } que prohíbe usar solo el reconocimiento facial.
scan-unsettled-lawsuit = En enero de 2026, Illinois y la Ciudad de Chicago presentaron una demanda que incluye el uso de { -mobile-fortify }. El caso puede cambiar las reglas.
