# Mots en plus que les gens tapent quand ils cherchent un guide : mots de
# tous les jours, mots familiers, autres noms pour la même chose. Ils ne sont
# jamais affichés ; la recherche s'en sert pour trouver le guide. Écrivez les
# mots que les gens de votre communauté utilisent vraiment, séparés par des
# virgules. Ils n'ont pas besoin d'être les mêmes qu'en anglais.

search-keywords-right-now = aide, au secours, urgence, maintenant, urgent, arrêté, contrôlé, que faire, qu'est-ce que je fais, help
search-keywords-street = police, policier, flic, contrôle d'identité, pièce d'identité, carte d'identité, ID, papiers, sans-papiers, nom, trottoir, rue, fouille, palpation
search-keywords-door = ICE, descente, rafle, raid, on frappe, frapper à la porte, maison, appartement, ouvrir la porte, mandat, warrant
search-keywords-face-scan = Mobile Fortify, reconnaissance faciale, visage, photo, empreintes, empreintes digitales, biométrie, caméra, appli, application, scan
search-keywords-car = contrôle routier, arrêté en voiture, conduire, conducteur, chauffeur, permis, permis de conduire, passager, voiture, coffre, amende, contravention, ticket
search-keywords-workplace = travail, boulot, job, descente au travail, patron, employeur, usine, ferme, restaurant, chantier, collègues
search-keywords-protest = manif, manifestation, marche, rassemblement, filmer, vidéo, enregistrer, filmer la police
search-keywords-arrest = arrêté, détenu, détention, prison, centre de détention, enfermé, expulsion, expulsé, déportation, déporté, caution, bond, garde à vue
search-keywords-border = aéroport, avion, vol, point de contrôle, douane, frontière, police des frontières, Border Patrol, CBP, voyage
search-keywords-places = école, église, mosquée, temple, hôpital, médecin, clinique, tribunal, audience, lieux protégés
search-keywords-family = enfants, famille, plan, tuteur, qui va chercher les enfants, garde des enfants, papiers, documents, plan d'urgence
search-keywords-phone = portable, téléphone, mot de passe, code, déverrouiller, réseaux sociaux, messages, textos, SMS, WhatsApp, photos
search-keywords-status = audience, date d'audience, convocation, tribunal, tribunal de l'immigration, cour de l'immigration, juge, juge de l'immigration, pointage, pointer, rendez-vous ICE, check-in, visa, visa étudiant, visa de travail, enregistrement, s'enregistrer, inscription, G-325R, court date
search-keywords-after = signaler, plainte, porter plainte, noter, témoin, retrouver quelqu'un, proche disparu, personne disparue, localisateur, locator
