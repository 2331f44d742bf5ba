# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Arresto y detención
arrest-summary = Usted o un ser querido es arrestado o detenido por inmigración.
arrest-first = Guarde silencio y pida un abogado. No firme nada.
arrest-do-lawyer = Usted tiene derecho a un abogado en la corte de inmigración, pero el gobierno no lo paga. Pida una lista de servicios legales gratuitos.
arrest-do-consulate = Puede pedir comunicarse con su consulado. Los oficiales deben informarle de este derecho a una persona extranjera detenida.
arrest-do-a-number = Sepa su número A (A-number) si tiene uno, y déselo a su familia. Les ayuda a encontrarle.
arrest-do-find = Para encontrar a una persona detenida por { -ice }, use el { -ice } Online Detainee Locator (buscador de detenidos en internet). Busque con su número A y su país de nacimiento, o con su nombre exacto y su país de nacimiento.
arrest-do-line = Las familias también pueden llamar a la línea de información sobre detenidos de { -ice }: 1-888-351-4024.
arrest-dont-sign = No firme ningún papel, como una salida voluntaria ("voluntary departure") o una deportación estipulada ("stipulated removal"), antes de hablar con un abogado.
arrest-dont-lie = No mienta. No muestre documentos falsos.
arrest-why-counsel = Una ley federal dice que una persona en un proceso de deportación puede tener el abogado que elija, pero no a costo del gobierno.
arrest-why-consular = Un tratado, la Convención de Viena sobre Relaciones Consulares, dice que las autoridades deben decirle a una persona extranjera detenida, sin demora, que puede pedir que le avisen a su consulado. Esto se aplica sin importar su estatus.
arrest-why-locator = El buscador no muestra a las personas menores de 18 años.
arrest-unsettled-silence = No está decidido si guardar silencio se puede usar en su contra en la corte de inmigración. Pregúntele a su abogado.
arrest-unsettled-locator = Es posible que los campos de búsqueda del buscador hayan cambiado desde que se escribieron nuestras fuentes.
