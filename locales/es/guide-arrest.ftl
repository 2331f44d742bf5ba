# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Arresto y detención
arrest-summary = Usted o un ser querido es arrestado o detenido por inmigración.
arrest-first = Guarde silencio y pida un abogado. No firme nada.
arrest-do-lawyer = Usted tiene derecho a un abogado en la corte de inmigración, pero el gobierno no lo paga. Pida una lista de servicios legales gratuitos.
arrest-do-fear = Si tiene miedo de regresar a su país, dígaselo claramente al oficial. Pida hablar con un oficial de asilo o con un juez.
arrest-do-bond = Pregúntele a su abogado sobre una audiencia de fianza. Es posible que un juez le deje salir mientras sigue su caso. No todas las personas pueden obtener una fianza. Es posible que un abogado también pueda cuestionar su detención en una corte federal.
arrest-do-court = Si le dan una fecha para ir a la corte de inmigración, vaya. Si no va, el juez puede ordenar su deportación sin que usted esté presente.
arrest-do-consulate = Puede pedir comunicarse con su consulado. Los oficiales deben informarle de este derecho a una persona extranjera detenida. Para algunos países, los oficiales deben avisarle al consulado aunque usted no lo pida. Si tiene miedo del gobierno de su país, o piensa pedir asilo, hable con un abogado antes de comunicarse con su consulado.
arrest-do-a-number = Sepa su número A (A-number) si tiene uno, y déselo a su familia. Les ayuda a encontrarle.
arrest-do-find = Para encontrar a una persona detenida por { -ice }, use el { -ice } Online Detainee Locator (buscador de detenidos en internet). Busque con su número A (A-number) y su país de nacimiento, o con su nombre exacto y su país de nacimiento.
arrest-do-line = Las familias también pueden llamar a la línea de información sobre detenidos de { -ice }: 1-888-351-4024.
arrest-dont-sign = No firme ningún papel, como una salida voluntaria ("voluntary departure") o una deportación estipulada ("stipulated removal"), antes de hablar con un abogado.
arrest-dont-lie = No mienta. No muestre documentos falsos.
arrest-why-counsel = Una ley federal dice que una persona en un proceso de deportación puede tener el abogado que elija, pero no a costo del gobierno.
arrest-why-consular = Un tratado, la Convención de Viena sobre Relaciones Consulares, dice que las autoridades deben decirle a una persona extranjera detenida, sin demora, que puede pedir que le avisen a su consulado. Esto se aplica sin importar su estatus.
arrest-why-fear = Una ley federal dice que, si una persona en un proceso rápido de deportación dice que tiene miedo de regresar, deben enviarla a una entrevista con un oficial de asilo.
arrest-why-bond = Las reglas federales permiten que una persona detenida le pida a un juez de inmigración que revise su detención y su fianza. Desde 2025, los jueces de inmigración dicen que muchas personas que entraron al país sin inspección no pueden obtener una fianza. Las cortes federales pueden revisar si una persona está detenida en contra de la ley.
arrest-why-locator = En el buscador se puede buscar con un número A (A-number) y el país de nacimiento, o con un nombre y el país de nacimiento.
arrest-unsettled-silence = No está decidido si guardar silencio se puede usar en su contra en la corte de inmigración. Lo que usted diga sí se puede usar en su contra ahí. Pregúntele a su abogado.
arrest-unsettled-locator = Es posible que los campos de búsqueda del buscador hayan cambiado desde que se escribieron nuestras fuentes.
