# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = En voiture
car-summary = La police ou des agents arrêtent la voiture que vous conduisez ou dans laquelle vous vous trouvez.
car-first = Arrêtez-vous dans un endroit sûr. Coupez le moteur. Gardez les mains sur le volant, ou sur vos genoux si vous êtes passager.
car-do-papers = Si vous conduisez, montrez votre permis de conduire, la carte grise (certificat d'immatriculation) et l'attestation d'assurance quand la police le demande. Les lois des États l'exigent. Deux exemples figurent dans les sources ci-dessous.
car-do-out = Si la police vous dit de sortir de la voiture, faites-le. C'est vrai pour le conducteur et pour les passagers.
car-do-silent = Conducteur ou passager, vous pouvez garder le silence. Vous n'avez pas à parler de votre statut d'immigration.
car-do-no-search = Vous pouvez refuser la fouille de la voiture. La police peut quand même fouiller si elle a de fortes raisons de penser qu'elle trouvera la preuve d'un délit.
car-do-passenger-free = Les passagers peuvent demander s'ils sont libres de partir. Si oui, ils peuvent partir calmement.
car-do-no-license = Si vous n'avez pas de permis de conduire, ne montrez jamais un faux permis. Vous pouvez quand même garder le silence sur votre statut. Demandez à l'avance à un avocat s'il faut montrer un permis ou une pièce d'identité d'un autre pays.
car-dont-run = Ne vous enfuyez pas, ni en voiture ni à pied. Ne vous disputez pas et ne vous battez pas, même si vous pensez que le contrôle est injuste.
car-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
car-dont-reach = Ne mettez pas la main sous le siège ou dans un sac sans d'abord le dire à l'agent.
car-why-out = La Cour suprême dit que la police peut ordonner au conducteur et aux passagers de sortir de la voiture pendant un contrôle légal.
car-why-passenger = Quand la police arrête une voiture, le passager est lui aussi contrôlé. Il peut contester un contrôle illégal devant un tribunal.
car-why-fourth = Le quatrième amendement de la Constitution vous protège contre les fouilles déraisonnables. La police a besoin de votre consentement ou d'une cause probable pour fouiller votre voiture.
car-why-checkpoint = Aux points de contrôle fixes de l'immigration, à l'intérieur du pays, les agents peuvent arrêter des voitures et poser des questions courtes sans aucun soupçon. Pour fouiller la voiture, ils ont quand même besoin de votre consentement ou d'une cause probable.
car-why-roving = Près de la frontière, les agents peuvent fouiller des véhicules pour chercher des personnes sans papiers, mais ils ont quand même besoin d'une bonne raison pour arrêter une voiture. Pour fouiller une voiture, il faut de fortes raisons ou votre consentement.
car-unsettled-name = En général, un passager n'a pas à donner son nom, sauf si la police le soupçonne d'un délit et que l'État a une loi à ce sujet. Lisez la note sur votre État, plus haut.
