# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Estoy usando mi derecho a guardar silencio.
phrase-no-search = No doy mi consentimiento para un registro.
phrase-free-to-go = ¿Estoy libre para irme?
phrase-lawyer = Quiero hablar con un abogado.
phrase-no-sign = No voy a firmar nada sin un abogado.
phrase-no-entry = No doy mi consentimiento para que entren a mi casa.
phrase-slide-warrant = Por favor, pase la orden por debajo de la puerta.
phrase-no-scan = No doy mi consentimiento para este escaneo.
phrase-wrong-warrant = Esta orden tiene el nombre equivocado o la dirección equivocada.
phrase-no-phone-search = No doy mi consentimiento para un registro de mi teléfono.
phrase-consulate = Quiero comunicarme con mi consulado.
phrase-recording = Estoy grabando. No me estoy interponiendo en su camino.
phrase-license = Aquí tiene mi licencia. Voy a guardar silencio sobre todo lo demás.
