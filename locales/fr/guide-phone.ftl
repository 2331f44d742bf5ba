# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = Votre téléphone
phone-summary = La police ou des agents veulent regarder votre téléphone.
phone-first = Verrouillez votre téléphone avec un code, pas avec votre visage ou votre empreinte digitale.
phone-do-no-consent = Dites que vous ne consentez pas à une fouille de votre téléphone.
phone-do-passcode = Utilisez un code long. Désactivez le déverrouillage par le visage et par l'empreinte digitale avant une manifestation ou un passage de frontière.
phone-do-silent = Gardez le silence. Demandez un avocat avant de donner votre code à qui que ce soit.
phone-dont-unlock = Ne déverrouillez pas votre téléphone pour la police simplement parce qu'elle le demande.
phone-dont-delete = N'effacez rien de votre téléphone après que la police ou des agents vous ont demandé votre téléphone. Cacher ou détruire des informations à ce moment-là peut être un délit.
phone-dont-fight = Ne résistez pas physiquement s'ils prennent le téléphone.
phone-why-riley = La Cour suprême dit que la police a en général besoin d'un mandat pour fouiller les données du téléphone d'une personne qu'elle arrête.
phone-why-biometric = Une cour d'appel fédérale a permis à la police de forcer une personne à poser son pouce sur son téléphone pour le déverrouiller. Un code appris par cœur protège mieux.
phone-why-border = À la frontière, les agents peuvent regarder le contenu d'un téléphone sans mandat. Selon les règles du { -cbp }, une fouille simple ne demande aucun soupçon, et une fouille approfondie avec des outils demande un soupçon raisonnable ou une question de sécurité nationale.
phone-unsettled-circuits = Les tribunaux ne sont pas d'accord sur la fouille des téléphones à la frontière. Certaines cours d'appel disent qu'une fouille avec des outils demande un soupçon raisonnable. Une autre dit qu'elle ne demande aucun soupçon. Elles ne sont pas non plus d'accord sur ce que les agents peuvent chercher. Cela peut changer.
phone-unsettled-passcode = On ne sait pas encore si la police peut vous forcer à lui dire votre code. Un code appris par cœur vous protège quand même mieux que votre visage ou votre empreinte digitale.
phone-unsettled-policy = Selon certaines informations, le { -cbp } a remplacé ses règles sur la fouille des téléphones en janvier 2026. Nous n'avons pas lu les nouvelles règles, donc les règles ci-dessus ont peut-être changé.
