# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = En un carro
car-summary = La policía o agentes detienen el carro que usted maneja o en el que usted va.
car-first = Oríllese en un lugar seguro. Apague el motor. Mantenga las manos en el volante, o sobre las piernas si usted es pasajero.
car-do-papers = Si usted maneja, muestre su licencia, el registro del carro y el comprobante de seguro cuando la policía se lo pida. Las leyes de los estados lo exigen. Hay dos ejemplos en las fuentes de abajo.
car-do-out = Si la policía le dice que se baje del carro, hágalo. Esto vale para quien maneja y para los pasajeros.
car-do-silent = Sea usted quien maneja o un pasajero, puede guardar silencio. No tiene que hablar de su estatus migratorio.
car-do-no-search = Puede decir que no a un registro del carro. Aun así, la policía puede registrarlo si tiene razones fuertes para pensar que va a encontrar pruebas de un delito.
car-do-passenger-free = Los pasajeros pueden preguntar si se pueden ir. Si les dicen que sí, pueden irse con calma.
car-do-no-license = Si no tiene licencia de manejar, nunca muestre una falsa. Aun así, puede guardar silencio sobre su estatus. Pregúntele a un abogado con anticipación si debe mostrar una licencia o una identificación de otro país.
car-dont-run = No se vaya manejando ni corra. No discuta ni pelee, aunque crea que la detención es injusta.
car-dont-lie = No mienta. No muestre documentos falsos.
car-dont-reach = No meta la mano debajo del asiento ni en una bolsa sin avisarle antes al oficial.
car-why-out = La Corte Suprema dice que la policía puede ordenar que el conductor y los pasajeros se bajen del carro durante una detención legal.
car-why-passenger = Cuando la policía detiene un carro, el pasajero también queda detenido y puede cuestionar en la corte una detención ilegal.
car-why-fourth = La Cuarta Enmienda le protege contra registros no razonables. La policía necesita su consentimiento o causa probable para registrar su carro.
car-why-checkpoint = En los puntos de control fijos de inmigración dentro del país, los agentes pueden parar los carros y hacer preguntas cortas sin ninguna sospecha. Para registrar el carro, aun así necesitan su consentimiento o causa probable.
car-why-roving = Cerca de la frontera, los agentes pueden registrar vehículos para buscar personas sin documentos, pero aun así necesitan una buena razón para parar un carro. Para registrar un carro necesitan razones fuertes o su consentimiento.
car-unsettled-name = Normalmente, un pasajero no tiene que dar su nombre, a menos que la policía sospeche que el pasajero cometió un delito y el estado tenga una ley sobre eso. Vea la nota sobre su estado más arriba.
