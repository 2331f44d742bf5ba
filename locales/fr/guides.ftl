# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Cette application donne des informations juridiques, pas des conseils juridiques. Parlez de votre cas avec un avocat. Les tribunaux de l'immigration publient une liste d'organismes qui offrent des services juridiques gratuits.

## Stopped right now?

right-now-title = Des agents vous contrôlent en ce moment ?
right-now-summary = Les gestes les plus importants, dans l'ordre.
right-now-first = Restez calme. Ne courez pas. Gardez vos mains là où les agents peuvent les voir.
right-now-do-free-to-go = Demandez si vous êtes libre de partir. S'ils disent oui, éloignez-vous lentement.
right-now-do-silent = Vous pouvez garder le silence. Dites à voix haute que vous gardez le silence.
right-now-do-no-search = S'ils demandent à vous fouiller ou à fouiller vos affaires, vous pouvez dire non.
right-now-do-lawyer = Demandez un avocat. Ne signez aucun papier avant d'avoir parlé à un avocat.
right-now-dont-run = Ne courez pas, ne poussez pas et ne vous battez pas, même si vous pensez que le contrôle est injuste.
right-now-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.

## On the street

street-title = Dans la rue
street-summary = La police ou des agents de l'immigration vous contrôlent dans un lieu public.
street-first = Restez calme. Ne courez pas. Demandez si vous êtes libre de partir.
street-do-free-to-go = S'ils disent que vous êtes libre de partir, éloignez-vous lentement.
street-do-silent = Vous pouvez garder le silence. Dites à voix haute que vous gardez le silence.
street-do-name = Dans certains États, vous devez donner votre nom si la police vous contrôle parce qu'elle vous soupçonne d'un délit. Vous n'avez jamais à dire votre lieu de naissance ni votre statut d'immigration.
street-do-no-search = S'ils demandent à vous fouiller ou à fouiller votre sac, vous pouvez dire non.
street-do-carry-papers = Si vous avez 18 ans ou plus et que les États-Unis vous ont donné des papiers d'immigration, comme une carte verte (green card), gardez-les sur vous.
street-dont-run = Ne courez pas, ne poussez pas et ne vous battez pas, même si vous pensez que le contrôle est injuste.
street-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
street-dont-foreign-papers = Si vous n'avez pas de statut légal, n'ayez pas sur vous de papiers d'un autre pays, comme un passeport. Ne les donnez pas aux agents.
street-dont-sign = Ne signez aucun papier avant d'avoir parlé à un avocat.
street-why-silence = La Constitution des États-Unis donne à toute personne qui se trouve dans le pays le droit de garder le silence, quel que soit son statut d'immigration.
street-why-name = La Cour suprême dit qu'un État peut vous obliger à donner votre nom quand la police vous contrôle parce qu'elle soupçonne raisonnablement un délit. Les États ne peuvent pas exiger plus que votre nom.
street-why-carry = Une loi fédérale dit que les personnes de 18 ans et plus qui ne sont pas citoyennes doivent toujours avoir sur elles les papiers d'immigration qu'on leur a donnés. Ne pas les avoir sur soi est un délit.
street-unsettled-name-states = Seuls certains États ont une loi qui vous oblige à donner votre nom. Les listes de ces États ne sont pas d'accord entre elles. Demandez à un avocat de votre région ce qu'il en est pour votre État.
street-unsettled-expedited = Depuis janvier 2025, le gouvernement dit qu'il peut utiliser une procédure d'expulsion rapide (« expedited removal ») partout aux États-Unis pour les personnes qui ne peuvent pas prouver qu'elles vivent ici depuis deux ans. Les tribunaux ont changé cela plus d'une fois. Certains avocats conseillent de garder des preuves montrant depuis combien de temps vous vivez ici, comme des déclarations d'impôts, des fiches de paie ou des contrats de location. Avoir ces preuves sur vous peut aussi causer des problèmes. Demandez à un avocat ce qui est bon pour vous.
street-unsettled-border = À la frontière et dans les aéroports, d'autres règles s'appliquent.

## Agents at your door

door-title = Des agents à votre porte
door-summary = La police ou l'{ -ice } frappe à la porte de votre domicile.
door-first = N'ouvrez pas la porte. Vous pouvez parler à travers la porte fermée.
door-do-ask-who = Demandez qui ils sont et pourquoi ils sont là.
door-do-slide-warrant = Demandez-leur de glisser le mandat sous la porte ou de le tenir contre une fenêtre.
door-do-judge = Un mandat d'un juge porte le nom d'un tribunal en haut. C'est un juge qui le signe.
door-do-ice-form = Un mandat de l'{ -ice } porte en haut les mots « { -dhs-on-papers } ». C'est un agent de l'{ -ice } qui le signe, pas un juge. Les formulaires I-200 et I-205 sont des mandats de l'{ -ice }.
door-do-silent = Vous pouvez garder le silence. Vous n'avez pas à répondre à leurs questions.
door-dont-open = N'ouvrez pas la porte pour voir le papier ou pour parler.
door-dont-resist = Si des agents entrent quand même, ne les poussez pas et ne vous battez pas. Dites que vous ne consentez pas, et restez calme.
door-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
door-dont-sign = Ne signez aucun papier avant d'avoir parlé à un avocat.
door-why-payton = La police ne peut pas entrer chez vous pour vous arrêter sans mandat, sauf si vous êtes d'accord ou s'il y a une urgence.
door-why-ice-forms = Les mandats de l'{ -ice } (formulaires I-200 et I-205) sont signés par des agents de l'immigration, pas par des juges.
door-why-silence = La Constitution des États-Unis donne à toute personne le droit de garder le silence, quel que soit son statut d'immigration.
door-unsettled-memo = Une note de l'{ -ice } du 12 mai 2025 dit que les agents peuvent entrer de force dans un domicile avec un mandat I-205 pour arrêter une personne qui a un ordre d'expulsion définitif. Cela va contre ce que l'{ -ice } enseignait avant à ses agents. Des personnes contestent cette note en justice. Malgré tout, n'ouvrez pas la porte, et dites que vous ne consentez pas.

## Face or fingerprint scan

scan-title = Scan du visage ou des empreintes digitales
scan-summary = Un agent pointe un téléphone vers votre visage ou demande vos doigts.
scan-first = Restez calme. Ne courez pas. Ne repoussez pas le téléphone.
scan-do-say-no-consent = Vous pouvez dire que vous ne consentez pas au scan.
scan-do-silent = Vous pouvez garder le silence sur votre lieu de naissance et sur votre statut d'immigration.
scan-do-free-to-go = Demandez si vous êtes libre de partir.
scan-do-lawyer = Demandez un avocat.
scan-do-carry = Si vous avez une carte verte et 18 ans ou plus, la loi dit de la garder sur vous. Les citoyens des États-Unis n'ont pas à avoir sur eux une preuve de leur citoyenneté. Un membre du Congrès a dit que l'{ -ice } dit à ses agents qu'ils peuvent ignorer une preuve de citoyenneté, comme un acte de naissance, si { -mobile-fortify } indique que la personne n'est pas citoyenne.
scan-do-write-down = Ensuite, notez ce qui s'est passé : l'heure, le lieu, ce que les agents ont dit, leurs noms ou leurs numéros de badge, les plaques d'immatriculation, et s'ils ont scanné votre visage ou vos doigts.
scan-dont-resist = Ne vous battez pas et ne courez pas, même si vous pensez que le scan est injuste.
scan-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
scan-why-what = Les agents de l'{ -ice } utilisent une application de téléphone appelée { -mobile-fortify }. Ils pointent le téléphone vers un visage, prennent une photo sans demander, et cherchent dans des bases de données du gouvernement en quelques secondes.
scan-why-databases = { -mobile-fortify } peut aussi lire les empreintes digitales sans toucher les doigts. La principale base de données d'empreintes et de visages du gouvernement contient des dossiers sur plus de 270 millions de personnes.
scan-why-kept = Un document du { -dhs } dit que les photos sont gardées 15 ans, y compris les photos de citoyens des États-Unis.
scan-why-not-proof = Une correspondance n'est pas une preuve. Une règle du { -dhs } (Directive 026-11) dit que la reconnaissance faciale ne peut pas être la seule raison d'une mesure d'application de la loi. D'autres agences vérifient les papiers quand une correspondance est douteuse.
scan-why-errors = La reconnaissance faciale fait plus d'erreurs avec les femmes et les personnes de couleur.
scan-unsettled-refuse = Un document du { -dhs } dit que l'{ -ice } ne donne pas aux gens la possibilité de refuser le scan. Aucun tribunal n'a dit clairement si vous pouvez refuser. Vous pouvez quand même dire que vous ne consentez pas, mais les agents peuvent vous scanner malgré tout.
scan-unsettled-fingerprints = En 2020, l'{ -ice } a dit que la prise d'empreintes avec une ancienne application de téléphone était volontaire. On ne sait pas si c'est encore vrai.
scan-unsettled-match = Des groupes de défense des droits disent que les agents de l'{ -ice } peuvent considérer une correspondance comme définitive, même quand d'autres preuves disent le contraire. On ne sait pas si la règle du { -dhs } contre l'usage de la reconnaissance faciale seule est encore respectée.
scan-unsettled-lawsuit = En janvier 2026, l'Illinois et la ville de Chicago ont lancé un procès qui porte notamment sur l'utilisation de { -mobile-fortify }. Cette affaire pourrait changer les règles.
