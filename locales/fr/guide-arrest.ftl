# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Arrestation et détention
arrest-summary = Les services d'immigration arrêtent ou détiennent une personne : vous ou quelqu'un que vous aimez.
arrest-first = Gardez le silence et demandez un avocat. Ne signez rien.
arrest-do-lawyer = Vous avez droit à un avocat devant le tribunal de l'immigration, mais le gouvernement ne le paie pas. Demandez une liste de services juridiques gratuits.
arrest-do-consulate = Vous pouvez demander à contacter votre consulat. Les agents doivent informer une personne étrangère détenue de ce droit.
arrest-do-a-number = Connaissez votre numéro A (A-number) si vous en avez un, et donnez-le à votre famille. Cela l'aide à vous retrouver.
arrest-do-find = Pour trouver une personne détenue par l'{ -ice }, utilisez le « { -ice } Online Detainee Locator » (outil en ligne pour trouver les personnes détenues). Cherchez avec son numéro A et son pays de naissance, ou avec son nom exact et son pays de naissance.
arrest-do-line = Les familles peuvent aussi appeler la ligne d'information de l'{ -ice } sur les personnes détenues : 1-888-351-4024.
arrest-dont-sign = Ne signez aucun papier, par exemple pour un départ volontaire (« voluntary departure ») ou une expulsion acceptée (« stipulated removal »), avant d'avoir parlé à un avocat.
arrest-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
arrest-why-counsel = La loi fédérale dit qu'une personne en procédure d'expulsion peut avoir l'avocat de son choix, mais pas aux frais du gouvernement.
arrest-why-consular = Un traité, la Convention de Vienne sur les relations consulaires, dit que les autorités doivent dire sans tarder à une personne étrangère détenue qu'elle peut faire prévenir son consulat. Cela s'applique quel que soit votre statut.
arrest-why-locator = L'outil de recherche ne montre pas les personnes de moins de 18 ans.
arrest-unsettled-silence = On ne sait pas encore si le fait de garder le silence peut être utilisé contre vous devant le tribunal de l'immigration. Demandez à votre avocat.
arrest-unsettled-locator = Les champs de recherche de l'outil ont peut-être changé depuis que nos sources ont été écrites.
