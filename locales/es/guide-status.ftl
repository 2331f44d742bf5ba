# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = Vaya a todas sus citas de reporte con { -ice }. { -ice } permite que las personas programen una cita de reporte por internet.
status-do-prepare = Antes de una audiencia o de una cita de reporte, hable con un abogado, lleve el número de teléfono del abogado y haga un plan familiar.
status-do-visa = Si tiene una visa, como una visa de estudiante, de trabajo o de visitante, se le aplican reglas diferentes. No mienta. Pregúntele a un abogado, o a la oficina para estudiantes internacionales de su escuela, qué debe contestar.
status-do-register = Desde abril de 2025, el gobierno les pide a las personas que nunca se registraron que se registren, con el formulario G-325R. Hable con un abogado antes de registrarse o de contestar una solicitud para registrarse.
status-why-absentia = Una ley federal dice que, si una persona recibió un aviso por escrito de una audiencia y no va, se debe ordenar su deportación.
status-why-court-arrests = Desde mayo de 2025, { -ice } ha arrestado a muchas personas que fueron a la corte de inmigración, muchas veces justo después de que el gobierno pidiera terminar su caso.
status-why-register = Una ley federal dice que muchas personas que no son ciudadanas deben registrarse. No registrarse a propósito puede ser un delito. Registrarse también le da su información al gobierno. Por eso debería hablar primero con un abogado.
status-why-visa = El Departamento de Estado puede cancelar una visa en cualquier momento.
status-unsettled-register = Todavía no está claro cómo va a usar el gobierno la información del registro, ni a quién va a acusar por no registrarse. Pregúntele a un abogado.
status-do-court = Averigüe la fecha de su próxima audiencia en la corte, y vaya. Si falta, el juez puede ordenar su deportación sin que usted esté presente.
status-first = Nunca falte a una audiencia en la corte de inmigración ni a una cita de reporte con { -ice } (check-in). Hable con un abogado antes de ir.
status-summary = Usted tiene una cita en la corte o una cita de reporte con { -ice }, tiene una visa o le pidieron que se registre.
status-title = Citas en la corte, citas de reporte, visas y registro
