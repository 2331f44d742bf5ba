# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Zona fronteriza, puntos de control y aeropuertos
border-summary = Usted vive o viaja cerca de la frontera, o viaja en avión.
border-first = En los cruces de la frontera, y en los aeropuertos cuando llega de otro país, las reglas son diferentes. Ahí los agentes tienen más poder.
border-do-checkpoint = En un punto de control fijo, los agentes pueden parar todos los carros y hacer unas pocas preguntas cortas. Usted puede guardar silencio.
border-do-no-search = Lejos del cruce de la frontera en sí, incluso en los puntos de control dentro del país, puede decir que no a un registro de su carro. Aun así, los agentes pueden registrarlo si tienen causa probable. En el cruce de la frontera, pueden registrar su carro sin su consentimiento.
border-do-phone = Antes de cruzar la frontera, desactive el desbloqueo con la cara y con la huella digital, y lleve menos datos.
border-do-papers = Si tiene documentos de inmigración, llévelos con usted. Los adultos que los recibieron deben llevarlos.
border-do-green-card = Si tiene una green card, no tiene que firmar el formulario I-407, con el que renuncia a su green card. En su lugar, puede pedir ver a un juez de inmigración.
border-do-travel-lawyer = Si tiene una green card o una visa y alguna vez le arrestaron, hable con un abogado antes de viajar fuera del país.
border-dont-lie = No les mienta a los agentes de la frontera. No muestre documentos falsos.
border-dont-run = No corra ni se resista.
border-why-zone = Una ley federal permite que los agentes registren vehículos para buscar personas sin documentos a una "distancia razonable" de la frontera, que las reglas fijan en 100 millas en línea recta.
border-why-stop = Aun así, los agentes necesitan una sospecha razonable para parar un carro en la zona fronteriza. Un registro de un carro por una patrulla móvil necesita causa probable o su consentimiento.
border-why-checkpoint = La Corte Suprema permite paradas breves en los puntos de control fijos sin sospecha.
border-why-car-search = Lejos de la frontera, los agentes necesitan su consentimiento o causa probable para registrar un carro, incluso en un punto de control.
border-why-answers = Cuando llegan de otro país, los ciudadanos de EE. UU. solo tienen que contestar preguntas sobre quiénes son y sobre su ciudadanía. Las personas con green card solo tienen que contestar preguntas sobre quiénes son y sobre su estatus; negarse a contestar otras preguntas puede causar demoras. A los visitantes y a las personas con visa se les puede negar la entrada si no contestan.
border-unsettled-expedited = La deportación rápida sin una audiencia en la corte ahora llega a cualquier parte de EE. UU. para las personas que no pueden demostrar que llevan dos años aquí. Las cortes han cambiado esto más de una vez.
border-unsettled-phones = Las reglas para los registros de teléfonos en la frontera están cambiando. Vea la guía sobre su teléfono.
