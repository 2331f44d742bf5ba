# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Escuelas, hospitales, lugares de culto, cortes
places-summary = Usted va a una escuela, un hospital, un lugar de culto o una corte.
places-first = Estos lugares ya no son zonas seguras. Los agentes pueden actuar ahí.
places-do-same = Ahí sus derechos son los mismos: guarde silencio, no dé su consentimiento para registros, pida un abogado.
places-do-court = Si tiene una audiencia en la corte de inmigración o una cita de reporte con { -ice } (check-in), no falte. Si falta a una audiencia en la corte, el juez puede ordenar su deportación sin que usted esté presente. Hable con un abogado antes de ir, lleve el número de teléfono del abogado y haga un plan familiar.
places-do-plan = Haga un plan familiar: quién recoge a sus hijos si usted no puede.
places-dont-lie = No mienta. No muestre documentos falsos.
places-why-rescinded = El 20 de enero de 2025, el gobierno terminó la política que limitaba las acciones de aplicación de la ley en escuelas, hospitales y lugares de culto. Ahora los oficiales deciden caso por caso.
places-why-courts = En enero de 2025, { -ice } reemplazó su memorando de 2021 que limitaba los arrestos en las cortes o cerca de ellas. Desde mayo de 2025, { -ice } ha arrestado a muchas personas que fueron a audiencias en la corte de inmigración.
places-unsettled-lawsuits = Grupos religiosos fueron a la corte por el fin de la política de áreas protegidas. Las reglas pueden cambiar otra vez.
