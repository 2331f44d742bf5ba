# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = Su teléfono
phone-summary = La policía o agentes quieren revisar su teléfono.
phone-first = Bloquee su teléfono con un código de acceso, no con su cara ni con su huella digital.
phone-do-no-consent = Diga que no da su consentimiento para un registro de su teléfono.
phone-do-passcode = Use un código de acceso largo. Desactive el desbloqueo con la cara y con la huella digital antes de una protesta o de un viaje para cruzar la frontera.
phone-do-silent = Guarde silencio. Pida un abogado antes de darle su código de acceso a cualquier persona.
phone-dont-unlock = No desbloquee su teléfono para la policía solo porque se lo piden.
phone-dont-delete = No borre cosas de su teléfono después de que la policía o los agentes se lo pidan. Esconder o destruir información en ese momento puede ser un delito.
phone-dont-fight = No se resista físicamente si le quitan el teléfono.
phone-why-riley = La Corte Suprema dice que la policía normalmente necesita una orden para registrar los datos del teléfono de una persona que arresta.
phone-why-biometric = Una corte federal de apelaciones permitió que la policía forzara el pulgar de una persona sobre su teléfono para desbloquearlo. Un código de acceso memorizado da una protección más fuerte.
phone-why-border = En la frontera, los agentes pueden revisar un teléfono sin una orden. La política de { -cbp } dice que un registro básico no necesita sospecha, y que un registro avanzado con herramientas necesita una sospecha razonable o un motivo de seguridad nacional.
phone-unsettled-circuits = Las cortes no están de acuerdo sobre los registros de teléfonos en la frontera. Algunas cortes de apelaciones dicen que un registro con herramientas necesita una sospecha razonable. Otra dice que no necesita ninguna sospecha. Tampoco están de acuerdo sobre lo que los agentes pueden buscar. Esto puede cambiar.
phone-unsettled-passcode = No está decidido si la policía puede obligarle a decir su código de acceso. Aun así, un código memorizado le protege mejor que su cara o su huella digital.
phone-unsettled-policy = Según algunos informes, { -cbp } reemplazó su política de registro de teléfonos en enero de 2026. No hemos leído la nueva política, así que las reglas de arriba pueden haber cambiado.
