# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Écoles, hôpitaux, lieux de culte, tribunaux
places-summary = Vous allez dans une école, un hôpital, un lieu de culte ou un tribunal.
places-first = Ces lieux ne sont plus des zones protégées. Les agents peuvent y agir.
places-do-same = Vos droits y sont les mêmes : gardez le silence, ne consentez pas aux fouilles, demandez un avocat.
places-do-court = Si vous avez une audience au tribunal de l'immigration ou un rendez-vous de pointage à l'{ -ice } (check-in), n'y manquez pas. Si vous manquez une audience au tribunal, le juge peut ordonner votre expulsion en votre absence. Parlez à un avocat avant d'y aller, gardez son numéro de téléphone sur vous et faites un plan pour votre famille.
places-do-plan = Faites un plan pour votre famille : qui ira chercher vos enfants si vous ne pouvez pas.
places-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
places-why-rescinded = Le 20 janvier 2025, le gouvernement a mis fin à la politique qui limitait les opérations dans les écoles, les hôpitaux et les lieux de culte. Les agents décident maintenant au cas par cas.
places-why-courts = En janvier 2025, l'{ -ice } a remplacé sa note de 2021 qui limitait les arrestations dans les tribunaux ou près d'eux. Depuis mai 2025, l'{ -ice } a arrêté beaucoup de personnes venues à des audiences au tribunal de l'immigration.
places-unsettled-lawsuits = Des groupes religieux ont saisi la justice contre la fin de la politique des zones protégées. Les règles peuvent encore changer.
