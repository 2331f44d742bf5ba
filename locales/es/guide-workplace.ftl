# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = En el trabajo
work-summary = Agentes de inmigración llegan a su trabajo.
work-first = Mantenga la calma. No corra.
work-do-warrant = Pregunte si los agentes tienen una orden firmada por un juez. Una orden de { -ice }, por sí sola, no les permite entrar a las áreas privadas del lugar de trabajo.
work-do-private = Los agentes necesitan una orden de un juez, el consentimiento del empleador o una emergencia para entrar a las áreas que no están abiertas al público.
work-do-silent = Usted puede guardar silencio. No tiene que contestar preguntas sobre dónde nació ni sobre su estatus. Si tiene documentos de inmigración de EE. UU. válidos y un agente se los pide, muéstrelos.
work-do-lawyer = Pida un abogado. No firme ningún papel antes de hablar con uno.
work-dont-lie = No mienta. No muestre documentos falsos.
work-dont-hide = No se esconda ni corra. No pelee con los agentes.
work-why-warrant = Una orden de { -ice } firmada por un oficial, por sí sola, no les permite a los agentes entrar a las áreas que no están abiertas al público, a menos que el empleador esté de acuerdo o haya una emergencia. Una orden de registro firmada por un juez sí les permite entrar.
work-why-fourth = La Cuarta Enmienda protege contra registros no razonables. Por eso los agentes necesitan una orden de un juez o consentimiento para entrar a las áreas privadas.
work-why-i9 = Antes de una inspección de los documentos de trabajo (Form I-9), el empleador normalmente recibe un aviso por escrito con al menos 3 días de anticipación. Los agentes también pueden usar una citación (subpoena) o una orden para obtener los documentos antes.
work-why-silence = La Constitución de EE. UU. le da a todas las personas el derecho a guardar silencio, sin importar su estatus migratorio.
work-unsettled-employer = Lo que su empleador puede permitir, y qué áreas cuentan como públicas, depende del lugar. Hable con un grupo de derechos de los trabajadores o con un abogado.
