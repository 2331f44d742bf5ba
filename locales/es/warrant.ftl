# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = ¿Qué dice en la parte de arriba del papel?
warrant-h-top = Pídales que lo pasen por debajo de la puerta o que lo muestren por una ventana. No abra la puerta.
warrant-a-top-court = El nombre de una corte, como "United States District Court" (Corte de Distrito de los Estados Unidos)
warrant-a-top-dhs = "{ -dhs-on-papers }", o el formulario I-200 o I-205
warrant-a-unsure = No lo puedo saber
warrant-q-signed = ¿Quién firmó el papel?
warrant-h-signed = Mire la parte de abajo. El cargo de la persona que firmó está impreso debajo de la firma.
warrant-a-signed-judge = Un juez o un juez magistrado ("magistrate judge")
warrant-a-signed-officer = Un oficial o agente de inmigración
warrant-q-name = ¿Es para usted o para su casa, con el nombre y la dirección bien escritos?
warrant-h-name = Revise el nombre de la persona y la dirección.
warrant-a-name-yes = Sí, están bien
warrant-a-name-no = No, el nombre o la dirección están mal
warrant-q-allows = ¿Qué les permite hacer?
warrant-h-allows = Busque las palabras "search" (registro) o "arrest" (arresto).
warrant-a-allows-search = Registrar un lugar. Aparece mi dirección.
warrant-a-allows-arrest = Arrestar a una persona. Aparece el nombre de una persona.

warrant-r-admin-title = Esta es una orden de { -ice }, no una orden de un juez.
warrant-r-admin-1 = La firmó un oficial de inmigración, no un juez.
warrant-r-admin-2 = Mantenga la puerta cerrada. Diga que no da su consentimiento para que entren.
warrant-r-admin-3 = Un memorando de { -ice } de mayo de 2025 dice que los agentes pueden entrar a la fuerza con una orden I-205 para arrestar a una persona que tiene una orden final de deportación. Hay personas que lo están cuestionando en la corte. Si los agentes entran de todos modos, no pelee. Guarde silencio y pida un abogado.
warrant-r-unsure-title = Usted no puede saber con certeza qué es este papel.
warrant-r-unsure-1 = Mantenga la puerta cerrada. Una orden de un juez tiene el nombre de una corte en la parte de arriba y la firma un juez.
warrant-r-unsure-2 = Si puede, llame ahora a un abogado o a una línea de respuesta rápida.
warrant-r-wrong-title = Es posible que esta orden no sea para usted ni para su casa.
warrant-r-wrong-1 = Dígales a través de la puerta cerrada que el nombre o la dirección están mal. No abra la puerta.
warrant-r-wrong-2 = Si entran de todos modos, no pelee. Guarde silencio. Recuerde lo que pasó y escríbalo después.
warrant-r-search-title = Una orden de registro de un juez les permite entrar y registrar.
warrant-r-search-1 = Pueden registrar los lugares que aparecen en la orden. No les bloquee el paso ni pelee.
warrant-r-search-2 = Aun así, usted puede guardar silencio. No tiene que decir dónde nació ni cuál es su estatus.
warrant-r-search-3 = Pida una copia de la orden. Llame a un abogado lo antes posible.
warrant-r-arrest-title = Una orden de arresto de un juez les permite arrestar a la persona que aparece en ella.
warrant-r-arrest-1 = Se trata de esa persona. Mantenga la calma y no pelee.
warrant-r-arrest-2 = Si no sabe bien lo que les permite hacer, mantenga la puerta cerrada y llame a un abogado. Guarde silencio y no firme nada.
