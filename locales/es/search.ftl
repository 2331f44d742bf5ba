# Palabras extra que la gente escribe cuando busca una guía: palabras de
# todos los días, palabras de la calle y otros nombres para lo mismo. Nunca
# se muestran; la búsqueda las usa para encontrar la guía. Escriba las
# palabras que de verdad usa su comunidad, separadas por comas. No tienen
# que ser iguales a las de inglés.

search-keywords-right-now = ayuda, auxilio, emergencia, ahora, urgente, me pararon, me detuvieron, me agarraron, qué hago, help
search-keywords-street = policía, poli, la chota, la jura, identificación, ID, papeles, documentos, enséñame tus papeles, nombre, banqueta, acera, caminando, me catearon
search-keywords-door = la migra, redada, ICE, raid, tocan la puerta, casa, apartamento, departamento, abrir la puerta, orden, orden judicial, warrant
search-keywords-face-scan = Mobile Fortify, reconocimiento facial, escaneo, escanear la cara, cara, foto, huellas, huellas digitales, biometría, cámara, aplicación, app
search-keywords-car = me paró la policía, parada de tráfico, manejando, chofer, conductor, licencia, pasajero, carro, troca, coche, cajuela, multa, ticket
search-keywords-workplace = trabajo, chamba, redada en el trabajo, patrón, jefe, empleador, fábrica, rancho, el fil, campo, restaurante, construcción, compañeros de trabajo
search-keywords-protest = marcha, manifestación, protesta, mitin, grabar, filmar, video, grabar a la policía, celular
search-keywords-arrest = detenido, arrestado, cárcel, bote, centro de detención, encerrado, la hielera, deportación, deportado, fianza, bond, custodia
search-keywords-border = aeropuerto, avión, vuelo, retén, punto de control, garita, aduana, frontera, la migra, patrulla fronteriza, Border Patrol, CBP, viaje
search-keywords-places = escuela, iglesia, mezquita, templo, hospital, clínica, doctor, médico, corte, juzgado, cita en la corte, lugares protegidos
search-keywords-family = niños, hijos, familia, plan, tutor, guardián, quién recoge a los niños, documentos, carta poder, plan de emergencia
search-keywords-phone = celular, teléfono, contraseña, clave, código, desbloquear, redes sociales, Facebook, WhatsApp, mensajes, textos, fotos
search-keywords-status = cita en la corte, fecha de corte, audiencia, corte de inmigración, juez, juez de inmigración, cita con ICE, cita de reporte, reportarse, ir a firmar, check-in, visa, visa de estudiante, visa de trabajo, registro, registrarse, G-325R, court date
search-keywords-after = reportar, denuncia, queja, anotar, apuntar, testigo, buscar a alguien, familiar desaparecido, buscar detenido, localizador, locator
