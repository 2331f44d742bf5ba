# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Au travail
work-summary = Des agents de l'immigration viennent sur votre lieu de travail.
work-first = Restez calme. Ne courez pas.
work-do-warrant = Demandez si les agents ont un mandat signé par un juge. Un mandat de l'{ -ice } ne leur permet pas, à lui seul, d'entrer dans les zones privées du lieu de travail.
work-do-private = Pour entrer dans les zones qui ne sont pas ouvertes au public, les agents ont besoin d'un mandat d'un juge, du consentement de l'employeur ou d'une urgence.
work-do-silent = Vous pouvez garder le silence. Vous n'avez pas à répondre aux questions sur votre lieu de naissance ou sur votre statut. Si vous avez des papiers d'immigration des États-Unis valides et qu'un agent vous les demande, montrez-les.
work-do-lawyer = Demandez un avocat. Ne signez aucun papier avant d'avoir parlé à un avocat.
work-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
work-dont-hide = Ne vous cachez pas et ne courez pas. Ne vous battez pas contre les agents.
work-why-warrant = Un mandat de l'{ -ice } signé par un agent ne permet pas, à lui seul, aux agents d'entrer dans les zones qui ne sont pas ouvertes au public, sauf si l'employeur est d'accord ou s'il y a une urgence. Un mandat de perquisition signé par un juge leur permet d'entrer.
work-why-fourth = Le quatrième amendement de la Constitution protège contre les fouilles déraisonnables. C'est pourquoi les agents ont besoin d'un mandat d'un juge ou d'un consentement pour entrer dans les zones privées.
work-why-i9 = Avant une inspection des papiers de travail (Form I-9), l'employeur reçoit en général un avis écrit au moins 3 jours à l'avance. Les agents peuvent aussi utiliser une assignation (subpoena) ou un mandat pour obtenir les papiers plus tôt.
work-why-silence = La Constitution des États-Unis donne à toute personne le droit de garder le silence, quel que soit son statut d'immigration.
work-unsettled-employer = Ce que votre employeur peut autoriser, et quelles zones comptent comme publiques, dépend du lieu. Parlez à une association de défense des droits des travailleurs ou à un avocat.
