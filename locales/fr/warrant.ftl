# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = Qu'est-ce qui est écrit en haut du papier ?
warrant-h-top = Demandez-leur de le glisser sous la porte ou de le tenir contre une fenêtre. N'ouvrez pas la porte.
warrant-a-top-court = Le nom d'un tribunal, comme « United States District Court » (tribunal fédéral de district)
warrant-a-top-dhs = « { -dhs-on-papers } », ou le formulaire I-200 ou I-205
warrant-a-unsure = Je n'arrive pas à savoir
warrant-q-signed = Qui l'a signé ?
warrant-h-signed = Regardez en bas. Le titre de la personne qui a signé est imprimé sous la signature.
warrant-a-signed-judge = Un juge ou un juge fédéral adjoint (« magistrate judge »)
warrant-a-signed-officer = Un agent de l'immigration (« officer » ou « agent »)
warrant-q-name = Est-ce pour vous ou pour votre domicile, avec le nom et l'adresse bien écrits ?
warrant-h-name = Vérifiez le nom de la personne et l'adresse.
warrant-a-name-yes = Oui, ils sont corrects
warrant-a-name-no = Non, le nom ou l'adresse est faux
warrant-q-allows = Qu'est-ce qu'il leur permet de faire ?
warrant-h-allows = Cherchez les mots « search » (fouille, perquisition) ou « arrest » (arrestation).
warrant-a-allows-search = Fouiller un lieu. Mon adresse y est écrite.
warrant-a-allows-arrest = Arrêter une personne. Le nom d'une personne y est écrit.

warrant-r-admin-title = C'est un mandat de l'{ -ice }, pas un mandat de juge.
warrant-r-admin-1 = C'est un agent de l'immigration qui l'a signé, pas un juge.
warrant-r-admin-2 = Gardez la porte fermée. Dites que vous ne consentez pas à ce qu'ils entrent.
warrant-r-admin-3 = Une note de l'{ -ice } de mai 2025 dit que les agents peuvent entrer de force avec un mandat I-205 pour arrêter une personne qui a un ordre d'expulsion définitif. Des personnes contestent cette note en justice. Si des agents entrent quand même, ne vous battez pas. Gardez le silence et demandez un avocat.
warrant-r-unsure-title = Impossible de savoir avec certitude ce qu'est ce papier.
warrant-r-unsure-1 = Gardez la porte fermée. Un mandat d'un juge porte le nom d'un tribunal en haut, et il est signé par un juge.
warrant-r-unsure-2 = Si vous le pouvez, appelez maintenant un avocat ou une ligne d'urgence de réponse rapide.
warrant-r-wrong-title = Ce mandat n'est peut-être pas pour vous ou pour votre domicile.
warrant-r-wrong-1 = Dites-leur à travers la porte fermée que le nom ou l'adresse est faux. N'ouvrez pas la porte.
warrant-r-wrong-2 = S'ils entrent quand même, ne vous battez pas. Gardez le silence. Retenez ce qui s'est passé et notez-le plus tard.
warrant-r-search-title = Un mandat de perquisition d'un juge leur permet d'entrer et de fouiller.
warrant-r-search-1 = Ils peuvent fouiller les lieux que le mandat indique. Ne les bloquez pas et ne vous battez pas.
warrant-r-search-2 = Vous pouvez quand même garder le silence. Vous n'avez pas à dire votre lieu de naissance ni votre statut.
warrant-r-search-3 = Demandez une copie du mandat. Appelez un avocat dès que possible.
warrant-r-arrest-title = Un mandat d'arrêt d'un juge leur permet d'arrêter la personne qu'il nomme.
warrant-r-arrest-1 = Il concerne cette personne. Restez calme et ne vous battez pas.
warrant-r-arrest-2 = Si vous ne savez pas bien ce qu'il leur permet de faire, gardez la porte fermée et appelez un avocat. Gardez le silence et ne signez rien.
