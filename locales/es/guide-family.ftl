# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Plan de preparación familiar
family-summary = Prepárese ahora, para que su familia sepa qué hacer.
family-first = Haga ahora un plan sobre quién va a cuidar a sus hijos si le detienen.
family-do-memorize = Memorice el número de teléfono de un familiar, un amigo o un abogado a quien pueda llamar si le arrestan.
family-do-a-number = Escriba su número A (A-number) y compártalo con su familia, para que puedan encontrarle.
family-do-documents = Guarde juntos los papeles importantes en un lugar seguro: actas de nacimiento, pasaportes, los papeles de sus hijos. Dígale a una persona de confianza dónde están.
family-do-caregiver = Elija a una persona para cuidar a sus hijos. Póngalo por escrito. Algunos estados, como California, tienen un formulario para esto.
family-do-money = Haga un plan para el dinero, las cuentas de banco y su contrato de renta, para que su familia pueda arreglárselas.
family-do-lawyer = Busque un abogado ahora. Algunas familias llenan un formulario (G-28) con su abogado por adelantado.
family-dont-passport = No le ofrezca a { -ice } su pasaporte ni los pasaportes de su familia. Si tiene una orden de deportación, pregúntele a un abogado antes de negarse cuando le pidan documentos de viaje.
family-dont-wait = No espere a una emergencia para hacer el plan.
family-why-plan = Los grupos de ayuda legal aconsejan que cada familia tenga un plan, centrado en quién va a cuidar a los hijos.
family-unsettled-state = Los formularios para nombrar a una persona que cuide a los hijos son diferentes en cada estado. Pregúntele a un abogado local cuál debe usar.
