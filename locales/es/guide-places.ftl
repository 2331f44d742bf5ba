# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Escuelas, hospitales, lugares de culto, cortes
places-summary = Usted va a una escuela, un hospital, un lugar de culto o una corte.
places-first = Estos lugares ya no son zonas seguras. Los agentes pueden actuar ahí.
places-do-same = Ahí sus derechos son los mismos: guarde silencio, no dé su consentimiento para registros, pida un abogado.
places-do-court = Si tiene que ir a la corte, hable primero con un abogado y lleve su número de teléfono.
places-do-plan = Haga un plan familiar: quién recoge a sus hijos si usted no puede.
places-dont-lie = No mienta. No muestre documentos falsos.
places-why-rescinded = El 20 de enero de 2025, el gobierno terminó la política que limitaba las acciones de aplicación de la ley en escuelas, hospitales y lugares de culto. Ahora los oficiales deciden caso por caso.
places-why-courts = En enero de 2025, { -ice } también reemplazó su memorando de 2021 que limitaba los arrestos en las cortes o cerca de ellas.
places-unsettled-lawsuits = Grupos religiosos fueron a la corte por el fin de la política de áreas protegidas. Las reglas pueden cambiar otra vez.
