# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Arrestation et détention
arrest-summary = Les services d'immigration arrêtent ou détiennent une personne : vous ou quelqu'un que vous aimez.
arrest-first = Gardez le silence et demandez un avocat. Ne signez rien.
arrest-do-lawyer = Vous avez droit à un avocat devant le tribunal de l'immigration, mais le gouvernement ne le paie pas. Demandez une liste de services juridiques gratuits.
arrest-do-fear = Si vous avez peur de retourner dans votre pays, dites-le clairement à l'agent. Demandez à parler à un agent chargé de l'asile ou à un juge.
arrest-do-bond = Parlez à votre avocat d'une audience sur la caution (« bond hearing »). Il est possible qu'un juge vous laisse sortir pendant que votre affaire est en cours. Tout le monde ne peut pas obtenir une caution. Un avocat pourra peut-être aussi contester votre détention devant un tribunal fédéral.
arrest-do-court = Si on vous donne une date pour le tribunal de l'immigration, allez-y. Si vous n'y allez pas, le juge peut ordonner votre expulsion en votre absence.
arrest-do-consulate = Vous pouvez demander à contacter votre consulat. Les agents doivent informer une personne étrangère détenue de ce droit. Pour certains pays, les agents doivent prévenir le consulat même si vous ne le demandez pas. Si vous avez peur du gouvernement de votre pays, ou si vous prévoyez de demander l'asile, parlez à un avocat avant de contacter votre consulat.
arrest-do-a-number = Connaissez votre numéro A (A-number) si vous en avez un, et donnez-le à votre famille. Cela l'aide à vous retrouver.
arrest-do-find = Pour trouver une personne détenue par l'{ -ice }, utilisez le « { -ice } Online Detainee Locator » (outil en ligne pour trouver les personnes détenues). Cherchez avec son numéro A (A-number) et son pays de naissance, ou avec son nom exact et son pays de naissance.
arrest-do-line = Les familles peuvent aussi appeler la ligne d'information de l'{ -ice } sur les personnes détenues : 1-888-351-4024.
arrest-dont-sign = Ne signez aucun papier, par exemple pour un départ volontaire (« voluntary departure ») ou une expulsion acceptée (« stipulated removal »), avant d'avoir parlé à un avocat.
arrest-dont-lie = Ne mentez pas. Ne montrez pas de faux papiers.
arrest-why-counsel = La loi fédérale dit qu'une personne en procédure d'expulsion peut avoir l'avocat de son choix, mais pas aux frais du gouvernement.
arrest-why-consular = Un traité, la Convention de Vienne sur les relations consulaires, dit que les autorités doivent dire sans tarder à une personne étrangère détenue qu'elle peut faire prévenir son consulat. Cela s'applique quel que soit votre statut.
arrest-why-fear = La loi fédérale dit que si une personne en procédure d'expulsion rapide dit qu'elle a peur de retourner dans son pays, elle doit être envoyée à un agent chargé de l'asile pour un entretien.
arrest-why-bond = Les règles fédérales permettent à une personne détenue de demander à un juge de l'immigration de réexaminer sa détention et sa caution. Depuis 2025, les juges de l'immigration disent que beaucoup de personnes entrées dans le pays sans inspection ne peuvent pas obtenir de caution. Les tribunaux fédéraux peuvent vérifier si une personne est détenue contrairement à la loi.
arrest-why-locator = Dans l'outil de recherche, on peut chercher avec un numéro A (A-number) et le pays de naissance, ou avec un nom et le pays de naissance.
arrest-unsettled-silence = On ne sait pas encore si le fait de garder le silence peut être utilisé contre vous devant le tribunal de l'immigration. Ce que vous dites peut être utilisé contre vous devant ce tribunal. Demandez à votre avocat.
arrest-unsettled-locator = Les champs de recherche de l'outil ont peut-être changé depuis que nos sources ont été écrites.
