# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = Après une rencontre avec des agents
after-summary = Notez tout, trouvez de l'aide, et retrouvez une personne qui a été emmenée.
after-first = Dès que vous êtes en sécurité, notez ce qui s'est passé.
after-do-write = Notez la date, l'heure et le lieu, ce que les agents ont dit et fait, leurs noms ou leurs numéros de badge, les plaques d'immatriculation, et ce qu'ils ont pris.
after-do-witnesses = Notez les noms et les numéros de téléphone des témoins. Gardez les photos et les vidéos en lieu sûr.
after-do-lawyer = Parlez de ce qui s'est passé à un avocat ou à une ligne d'urgence de réponse rapide.
after-do-find = Si quelqu'un a été emmené, cherchez-le dans le « { -ice } Online Detainee Locator » (outil en ligne pour trouver les personnes détenues) avec son numéro A (A-number) et son pays de naissance, ou avec son nom exact et son pays de naissance.
after-do-line = Vous pouvez aussi appeler la ligne d'information de l'{ -ice } sur les personnes détenues : 1-888-351-4024.
after-dont-post = Ne publiez pas sur Internet de détails sur le statut d'une personne.
after-dont-sign = Ne signez pas de papiers pour une personne détenue avant d'avoir parlé à un avocat.
after-why-record = Plusieurs cours d'appel fédérales protègent le fait d'enregistrer des agents publics qui font leur travail en public. Vos notes et vos vidéos peuvent aider un avocat.
after-why-locator = L'{ -ice } gère le « Online Detainee Locator ». Vous pouvez chercher avec un numéro A (A-number) et le pays de naissance, ou avec un nom et le pays de naissance.
after-unsettled-locator = L'outil de recherche ne montre peut-être pas tout le monde. Les enfants de moins de 18 ans n'y figurent peut-être pas. Si vous ne trouvez pas la personne, appelez un avocat.
