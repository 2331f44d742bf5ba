# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Escolas, hospitais, locais de culto, tribunais
places-summary = Você vai a uma escola, a um hospital, a um local de culto ou a um tribunal.
places-first = Esses lugares não são mais zonas seguras. Os agentes podem agir lá.
places-do-same = Os seus direitos são os mesmos lá: fique em silêncio, não dê consentimento para buscas ou revistas, peça um advogado.
places-do-court = Se você tem uma audiência no tribunal de imigração ou um check-in no { -ice }, não falte. Se você faltar a uma audiência no tribunal, o juiz pode ordenar a sua deportação sem você estar lá. Fale com um advogado antes de ir, leve o telefone dele e faça um plano familiar.
places-do-plan = Faça um plano familiar: quem vai buscar os seus filhos se você não puder.
places-dont-lie = Não minta. Não mostre documentos falsos.
places-why-rescinded = Em 20 de janeiro de 2025, o governo acabou com a política que limitava ações de fiscalização em escolas, hospitais e locais de culto. Agora os oficiais decidem caso a caso.
places-why-courts = Em janeiro de 2025, o { -ice } substituiu o seu memorando de 2021 que limitava prisões dentro ou perto de tribunais. Desde maio de 2025, o { -ice } prendeu muitas pessoas que foram a audiências no tribunal de imigração.
places-unsettled-lawsuits = Grupos religiosos foram à justiça contra o fim da política de áreas protegidas. As regras podem mudar de novo.
