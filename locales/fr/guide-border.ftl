# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Zone frontalière, points de contrôle et aéroports
border-summary = Vous vivez ou voyagez près de la frontière, ou vous prenez l'avion.
border-first = Aux postes-frontières, et dans les aéroports quand vous arrivez d'un autre pays, les règles sont différentes. Les agents y ont plus de pouvoirs.
border-do-checkpoint = À un point de contrôle fixe, les agents peuvent arrêter chaque voiture et poser quelques questions courtes. Vous pouvez garder le silence.
border-do-no-search = Loin du poste-frontière lui-même, y compris aux points de contrôle à l'intérieur du pays, vous pouvez refuser la fouille de votre voiture. Les agents peuvent quand même fouiller s'ils ont une cause probable. Au poste-frontière, ils peuvent fouiller votre voiture sans votre consentement.
border-do-phone = Avant de passer la frontière, désactivez le déverrouillage par le visage et par l'empreinte digitale, et emportez moins de données.
border-do-papers = Si vous avez des papiers d'immigration, gardez-les sur vous. C'est obligatoire pour les adultes qui les ont reçus.
border-do-green-card = Si vous avez une carte verte, vous n'avez pas à signer le formulaire I-407, qui vous fait renoncer à votre carte verte. Vous pouvez plutôt demander à voir un juge de l'immigration.
border-do-travel-lawyer = Si vous avez une carte verte ou un visa et que vous avez déjà été arrêté, parlez à un avocat avant de voyager à l'étranger.
border-dont-lie = Ne mentez pas aux agents de la frontière. Ne montrez pas de faux papiers.
border-dont-run = Ne courez pas et ne résistez pas.
border-why-zone = La loi fédérale permet aux agents de fouiller des véhicules pour chercher des personnes sans papiers à une « distance raisonnable » de la frontière. Les règlements fixent cette distance à 100 miles à vol d'oiseau.
border-why-stop = Les agents ont quand même besoin d'un soupçon raisonnable pour arrêter une voiture dans la zone frontalière. Une fouille de voiture par une patrouille mobile exige une cause probable ou votre consentement.
border-why-checkpoint = La Cour suprême autorise de courts arrêts aux points de contrôle fixes, sans soupçon.
border-why-car-search = Loin de la frontière, les agents ont besoin de votre consentement ou d'une cause probable pour fouiller une voiture, même à un point de contrôle.
border-why-answers = Quand ils arrivent d'un autre pays, les citoyens des États-Unis n'ont à répondre qu'aux questions sur leur identité et sur leur citoyenneté. Les titulaires d'une carte verte n'ont à répondre qu'aux questions sur leur identité et sur leur statut ; refuser de répondre aux autres questions peut causer des retards. Les visiteurs et les titulaires d'un visa peuvent se voir refuser l'entrée s'ils ne répondent pas.
border-unsettled-expedited = L'expulsion rapide, sans audience devant un tribunal, s'applique maintenant partout aux États-Unis aux personnes qui ne peuvent pas prouver deux ans de présence ici. Les tribunaux ont changé cela plus d'une fois.
border-unsettled-phones = Les règles sur la fouille des téléphones à la frontière sont en train de changer. Consultez le guide « Votre téléphone ».
