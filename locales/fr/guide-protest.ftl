# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Manifestations et enregistrement
protest-summary = Vous manifestez, vous observez ou vous enregistrez des agents en public.
protest-first = Connaissez le risque avant d'y aller. Tout contact avec la police peut entraîner des problèmes d'immigration, même sans arrestation.
protest-do-record = Vous pouvez enregistrer la police et les agents qui font leur travail en public. Restez aussi loin qu'ils vous le demandent. Ne les gênez pas.
protest-do-phone = Avant une manifestation, désactivez le déverrouillage par le visage et par l'empreinte digitale. Utilisez plutôt un code.
protest-do-silent = Si la police vous contrôle, vous pouvez garder le silence et demander un avocat.
protest-do-plan = Allez-y avec des amis. Apprenez par cœur le numéro de téléphone d'une personne à appeler en cas d'arrestation.
protest-dont-fight = Ne vous battez pas et ne résistez pas, même si vous pensez qu'une arrestation est injuste.
protest-dont-carry = N'ayez pas sur vous de papiers d'un autre pays, et ne montrez jamais de faux papiers.
protest-dont-sign = Ne signez rien avant d'avoir parlé à un avocat.
protest-why-speech = Le premier amendement de la Constitution protège les manifestations pacifiques pour toute personne aux États-Unis. Les manifestations pacifiques ne font pas partie de la liste des raisons d'expulsion. Mais une arrestation ou une accusation pénale peut mener à une expulsion.
protest-why-record = Plusieurs cours d'appel fédérales disent que le premier amendement protège le fait d'enregistrer des agents publics qui travaillent en public, dans des limites raisonnables.
protest-why-passcode = Un code appris par cœur vous donne une meilleure protection juridique que le déverrouillage par le visage ou par l'empreinte digitale.
protest-unsettled-courts = Les tribunaux ne protègent pas toujours de la même façon la liberté d'expression des immigrés.
protest-unsettled-visas = Depuis 2025, le gouvernement a annulé des visas et a essayé d'expulser certaines personnes qui ne sont pas citoyennes, y compris des étudiants et des titulaires d'une carte verte, à cause de manifestations ou de ce qu'elles ont dit. Les tribunaux sont en train de décider si c'est légal. Si vous n'êtes pas citoyen des États-Unis, et surtout si vous avez un visa, parlez à un avocat avant d'y aller.
protest-unsettled-impeding = Bloquer un agent fédéral ou gêner son travail est un délit. Gardez vos distances quand vous enregistrez.
protest-unsettled-scans = Des vidéos montrent des agents qui pointent des téléphones vers des manifestants. Il s'agit peut-être de scans du visage. Consultez le guide sur le scan du visage ou des empreintes digitales.
protest-unsettled-record = Tous les tribunaux ne se sont pas prononcés sur le fait d'enregistrer, et on sait moins bien comment ces décisions s'appliquent aux agents fédéraux.
