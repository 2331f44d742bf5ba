# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Cette application donne des informations juridiques, pas des conseils juridiques. Parlez de votre cas avec un avocat. Pour trouver une aide gratuite ou peu chère, ouvrez « Trouver une aide juridique » dans cette application. Les tribunaux de l'immigration publient aussi une liste d'organismes qui offrent des services juridiques gratuits.

## Stopped right now?

right-now-title = Des agents vous contrôlent en ce moment ?
right-now-summary = Les gestes les plus importants, dans l'ordre.
right-now-first = Restez calme. Ne courez pas. Gardez vos mains là où les agents peuvent les voir.
right-now-do-free-to-go = Demandez si vous êtes libre de partir. S'ils disent oui, éloignez-vous lentement.
right-now-do-silent = Vous pouvez garder le silence. Dites à voix haute que vous gardez le silence.
right-now-do-name = Dans certains États, vous devez dire votre nom à la police si elle vous contrôle parce qu'elle soupçonne un délit. Ne donnez jamais un faux nom.
right-now-do-papers = Si vous avez des papiers d'immigration des États-Unis valides et qu'un agent de l'immigration vous les demande, montrez-les. Ne montrez pas de papiers d'un autre pays.
right-now-do-no-search = S'ils demandent à vous fouiller ou à fouiller vos affaires, vous pouvez dire non. La police peut quand même palper vos vêtements de l'extérieur pour chercher des armes. Ne résistez pas. Dites : « Je ne consens pas à une fouille. »
right-now-do-lawyer = Demandez un avocat. Ne signez aucun papier avant d'avoir parlé à un avocat.
right-now-dont-run = Ne courez pas, ne poussez pas et ne vous battez pas, même si vous pensez que le contrôle est injuste.
right-now-dont-lie = Ne mentez pas et ne montrez pas de faux papiers. Mentir à un agent fédéral est un délit.

## On the street

street-title = Dans la rue
street-summary = La police ou des agents de l'immigration vous contrôlent dans un lieu public.
street-first = Restez calme. Ne courez pas. Demandez si vous êtes libre de partir.
street-do-free-to-go = S'ils disent que vous êtes libre de partir, éloignez-vous lentement.
street-do-silent = Vous pouvez garder le silence. Dites à voix haute que vous gardez le silence.
street-do-name = Dans certains États, vous devez donner votre nom si la police vous contrôle parce qu'elle vous soupçonne d'un délit. Ne donnez jamais un faux nom. Vous n'avez pas à répondre aux questions sur votre lieu de naissance ou sur votre statut d'immigration.
street-do-no-search = S'ils demandent à vous fouiller ou à fouiller votre sac, vous pouvez dire non. La police peut quand même palper vos vêtements de l'extérieur pour chercher des armes. Ne résistez pas.
street-do-carry-papers = Si vous avez 18 ans ou plus et que les États-Unis vous ont donné des papiers d'immigration, comme une carte verte (green card), gardez-les sur vous.
street-do-show-papers = Si vous avez des papiers d'immigration des États-Unis valides et qu'un agent de l'immigration vous les demande, montrez-les. Ne montrez pas de papiers d'un autre pays.
street-do-ask-agency = Demandez de quelle agence ils viennent. Parfois, les agents de l'immigration portent des gilets marqués « POLICE » ou disent qu'ils sont de la police.
street-dont-run = Ne courez pas, ne poussez pas et ne vous battez pas, même si vous pensez que le contrôle est injuste.
street-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
street-dont-foreign-papers = Si vous n'avez pas de statut légal, n'ayez pas sur vous de papiers d'un autre pays, comme un passeport. Ne les proposez pas aux agents. Si vous avez un ordre d'expulsion, demandez à un avocat avant de refuser une demande de documents de voyage.
street-dont-sign = Ne signez aucun papier avant d'avoir parlé à un avocat.
street-why-silence = La Constitution des États-Unis donne à toute personne qui se trouve dans le pays le droit de garder le silence, quel que soit son statut d'immigration.
street-why-name = La Cour suprême a permis aux États de vous obliger à donner votre nom quand la police vous contrôle légalement parce qu'elle soupçonne un délit. Certains États demandent plus, comme votre adresse. Vous pouvez quand même garder le silence sur votre lieu de naissance et sur votre statut d'immigration.
street-why-carry = Une loi fédérale dit que les personnes de 18 ans et plus qui ne sont pas citoyennes doivent toujours avoir sur elles les papiers d'immigration qu'on leur a donnés. Ne pas les avoir sur soi est un délit.
street-why-frisk = La police peut palper vos vêtements de l'extérieur si elle a des raisons de penser que vous avez une arme. Ce n'est pas une fouille complète.
street-why-fourth = Le quatrième amendement de la Constitution protège toute personne aux États-Unis contre les fouilles et les saisies déraisonnables. C'est pourquoi vous pouvez refuser une fouille.
street-why-lie = Mentir à un agent fédéral est un délit. Dire que vous êtes citoyen des États-Unis quand ce n'est pas vrai est aussi un délit, et cela peut vous empêcher pour toujours d'obtenir un statut légal. Montrer de faux papiers est aussi un délit.
street-why-run = S'enfuir en courant peut donner à la police une raison de vous contrôler. Se battre contre un agent fédéral ou lui bloquer le passage est un délit.
street-why-287g = Dans certains endroits, la police locale ou le shérif a un accord avec l'{ -ice }, appelé 287(g), pour faire une partie du travail d'immigration. Avec eux, vos droits sont les mêmes.
street-unsettled-name-states = Seuls certains États ont une loi qui vous oblige à donner votre nom. Les listes de ces États ne sont pas d'accord entre elles. Demandez à un avocat de votre région ce qu'il en est pour votre État.
street-unsettled-expedited = Depuis janvier 2025, le gouvernement dit qu'il peut utiliser une procédure d'expulsion rapide (« expedited removal ») partout aux États-Unis pour les personnes qui ne peuvent pas prouver qu'elles vivent ici depuis deux ans. Les tribunaux ont changé cela plus d'une fois. Si vous avez peur de retourner dans votre pays, dites-le clairement à l'agent, et demandez à parler à un agent chargé de l'asile. Certains avocats conseillent de garder des preuves montrant depuis combien de temps vous vivez ici, comme des déclarations d'impôts, des fiches de paie ou des contrats de location. Avoir ces preuves sur vous peut aussi causer des problèmes. Demandez à un avocat ce qui est bon pour vous.
street-unsettled-border = Aux postes-frontières, et quand vous arrivez dans un aéroport depuis un autre pays, d'autres règles s'appliquent. Consultez le guide « Zone frontalière, points de contrôle et aéroports ».
street-unsettled-federal = Les lois des États sur le fait de donner son nom sont écrites pour la police. On ne sait pas clairement comment elles s'appliquent aux agents fédéraux de l'immigration. Vous pouvez toujours garder le silence sur votre lieu de naissance et sur votre statut.
street-unsettled-roving = En septembre 2025, la Cour suprême a permis aux agents de l'immigration dans le sud de la Californie de continuer leurs contrôles pendant qu'un tribunal décide, dans une affaire en cours, si les contrôles fondés sur l'apparence des gens, la langue qu'ils parlent, l'endroit où ils se trouvent ou le travail qu'ils font sont légaux. Les agents ont quand même besoin d'un soupçon raisonnable pour vous contrôler.

## Agents at your door

door-title = Des agents à votre porte
door-summary = La police ou l'{ -ice } frappe à la porte de votre domicile.
door-first = N'ouvrez pas la porte. Vous pouvez parler à travers la porte fermée.
door-do-ask-who = Demandez qui ils sont, de quelle agence ils viennent et pourquoi ils sont là. Demandez-leur de montrer leur carte professionnelle par une fenêtre.
door-do-slide-warrant = Demandez-leur de glisser le mandat sous la porte ou de le tenir contre une fenêtre.
door-do-judge = Un mandat d'un juge porte le nom d'un tribunal en haut. C'est un juge qui le signe.
door-do-ice-form = Un mandat de l'{ -ice } porte en haut les mots « { -dhs-on-papers } ». C'est un agent de l'{ -ice } qui le signe, pas un juge. Les formulaires I-200 et I-205 sont des mandats de l'{ -ice }.
door-do-silent = Vous pouvez garder le silence. Vous n'avez pas à répondre à leurs questions.
door-dont-open = N'ouvrez pas la porte pour voir le papier ou pour parler.
door-dont-step-out = Ne sortez pas pour parler. Parfois, les agents essaient de faire sortir les gens pour pouvoir les arrêter.
door-dont-resist = Si des agents entrent quand même, ne les poussez pas et ne vous battez pas. Dites que vous ne consentez pas, et restez calme.
door-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
door-dont-sign = Ne signez aucun papier avant d'avoir parlé à un avocat.
door-why-payton = La police ne peut pas entrer chez vous pour vous arrêter sans un mandat signé par un juge, sauf si vous êtes d'accord ou s'il y a une urgence. Lisez plus bas la remarque sur une note de l'{ -ice }.
door-why-fourth = Le quatrième amendement de la Constitution protège votre domicile contre les perquisitions déraisonnables. C'est pourquoi un mandat d'un juge, ou votre consentement, compte.
door-why-arrest-warrant = Un mandat d'arrêt d'un juge permet aux agents d'entrer chez la personne qu'il nomme quand ils pensent qu'elle est à l'intérieur. Pour chercher cette personne chez quelqu'un d'autre, ils ont besoin d'un mandat de perquisition, d'un consentement ou d'une urgence.
door-why-ruse = Parfois, les agents de l'immigration s'habillent comme des policiers ou disent qu'ils sont de la police, pour que les gens ouvrent la porte ou sortent.
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
scan-why-not-proof = Une correspondance, à elle seule, n'est pas une preuve. Une règle du { -dhs } (Directive 026-11) disait que la reconnaissance faciale ne pouvait pas être la seule raison d'une mesure d'application de la loi. D'autres agences, comme le { -cbp } et la TSA, vérifient les papiers quand une correspondance est douteuse.
scan-why-errors = La reconnaissance faciale fait plus d'erreurs avec les femmes et les personnes de couleur.
scan-unsettled-refuse = Un document du { -dhs } dit que l'{ -ice } ne donne pas aux gens la possibilité de refuser le scan. Aucun tribunal n'a dit clairement si vous pouvez refuser. Vous pouvez quand même dire que vous ne consentez pas, mais les agents peuvent vous scanner malgré tout.
scan-unsettled-fingerprints = En 2020, l'{ -ice } a dit que la prise d'empreintes avec une ancienne application de téléphone était volontaire. On ne sait pas si c'est encore vrai.
scan-unsettled-match = Des groupes de défense des droits disent que les agents de l'{ -ice } peuvent considérer une correspondance comme définitive, même quand d'autres preuves disent le contraire. On ne sait pas si la règle du { -dhs } contre l'usage de la reconnaissance faciale seule est encore respectée.
scan-unsettled-lawsuit = En janvier 2026, l'Illinois et la ville de Chicago ont lancé un procès qui porte notamment sur l'utilisation de { -mobile-fortify }. Cette affaire pourrait changer les règles.
