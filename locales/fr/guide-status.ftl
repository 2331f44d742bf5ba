# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = Allez à chaque rendez-vous de pointage à l'{ -ice }. L'{ -ice } permet de prendre un rendez-vous de pointage sur Internet.
status-do-prepare = Avant une audience ou un rendez-vous de pointage, parlez à un avocat, gardez son numéro de téléphone sur vous et faites un plan pour votre famille.
status-do-visa = Si vous avez un visa, par exemple un visa d'étudiant, de travail ou de visiteur, d'autres règles s'appliquent à vous. Ne mentez pas. Demandez à un avocat, ou au bureau des étudiants internationaux de votre école, à quoi vous devez répondre.
status-do-register = Depuis avril 2025, le gouvernement demande aux personnes qui ne se sont jamais enregistrées de s'enregistrer, avec le formulaire G-325R. Parlez à un avocat avant de vous enregistrer ou de répondre à une demande d'enregistrement.
status-why-absentia = La loi fédérale dit que si une personne a reçu un avis écrit pour une audience et ne vient pas, son expulsion doit être ordonnée.
status-why-court-arrests = Depuis mai 2025, l'{ -ice } a arrêté beaucoup de personnes venues au tribunal de l'immigration, souvent juste après que le gouvernement a demandé de mettre fin à leur affaire.
status-why-register = Une loi fédérale dit que beaucoup de personnes qui ne sont pas citoyennes doivent s'enregistrer. Ne pas s'enregistrer exprès peut être un délit. S'enregistrer donne aussi vos informations au gouvernement. C'est pourquoi vous devriez d'abord parler à un avocat.
status-why-visa = Le département d'État peut annuler un visa à tout moment.
status-unsettled-register = On ne sait pas encore comment le gouvernement utilisera les informations de l'enregistrement, ni qui il poursuivra pour ne pas s'être enregistré. Demandez à un avocat.
status-do-court = Renseignez-vous sur la date de votre prochaine audience au tribunal, et allez-y. Si vous la manquez, le juge peut ordonner votre expulsion en votre absence.
status-first = Ne manquez jamais une audience au tribunal de l'immigration ni un rendez-vous de pointage à l'{ -ice } (check-in). Parlez à un avocat avant d'y aller.
status-summary = Vous avez une date au tribunal ou un rendez-vous de pointage à l'{ -ice }, vous avez un visa, ou on vous a demandé de vous enregistrer.
status-title = Audiences au tribunal, rendez-vous de pointage, visas et enregistrement
