# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Plan de préparation pour la famille
family-summary = Préparez-vous dès maintenant, pour que votre famille sache quoi faire.
family-first = Décidez dès maintenant qui s'occupera de vos enfants en cas de détention.
family-do-memorize = Apprenez par cœur le numéro de téléphone d'un membre de votre famille, d'un ami ou d'un avocat que vous pourrez appeler en cas d'arrestation.
family-do-a-number = Notez votre numéro A (A-number) et donnez-le à votre famille, pour qu'elle puisse vous retrouver.
family-do-documents = Gardez les papiers importants ensemble dans un endroit sûr : actes de naissance, passeports, papiers de vos enfants. Dites à une personne de confiance où ils sont.
family-do-caregiver = Choisissez une personne qui s'occupera de vos enfants. Mettez-le par écrit. Certains États, comme la Californie, ont un formulaire pour cela.
family-do-money = Prévoyez l'argent, les comptes bancaires et votre bail, pour que votre famille puisse s'en sortir.
family-do-lawyer = Trouvez un avocat dès maintenant. Certaines familles remplissent à l'avance un formulaire (G-28) avec leur avocat.
family-dont-passport = Ne proposez pas votre passeport ni les passeports de votre famille à l'{ -ice }. Si vous avez un ordre d'expulsion, demandez à un avocat avant de refuser une demande de documents de voyage.
family-dont-wait = N'attendez pas une urgence pour faire le plan.
family-why-plan = Les organisations d'aide juridique conseillent à chaque famille d'avoir un plan, construit autour d'une question : qui s'occupera des enfants.
family-unsettled-state = Les formulaires pour désigner la personne qui s'occupera des enfants sont différents dans chaque État. Demandez à un avocat de votre région lequel utiliser.
