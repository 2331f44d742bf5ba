# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = No trabalho
work-summary = Agentes de imigração vão ao seu trabalho.
work-first = Mantenha a calma. Não corra.
work-do-warrant = Pergunte se os agentes têm um mandado assinado por um juiz. Um mandado do { -ice }, sozinho, não permite que eles entrem em áreas privadas do local de trabalho.
work-do-private = Os agentes precisam de um mandado de um juiz, do consentimento do empregador ou de uma emergência para entrar em áreas que não são abertas ao público.
work-do-silent = Você pode ficar em silêncio. Você não precisa responder a perguntas sobre onde nasceu nem sobre a sua situação migratória. Se você tem documentos de imigração dos Estados Unidos válidos e um agente pedir, mostre esses documentos.
work-do-lawyer = Peça um advogado. Não assine nenhum papel antes de falar com um.
work-dont-lie = Não minta. Não mostre documentos falsos.
work-dont-hide = Não se esconda nem corra. Não brigue com os agentes.
work-why-warrant = Um mandado do { -ice } assinado por um oficial, sozinho, não permite que os agentes entrem em áreas que não são abertas ao público, a não ser que o empregador concorde ou haja uma emergência. Um mandado de busca assinado por um juiz permite que eles entrem.
work-why-fourth = A Quarta Emenda protege contra buscas não razoáveis. Por isso os agentes precisam de um mandado de um juiz ou de consentimento para entrar em áreas privadas.
work-why-i9 = Antes de uma inspeção dos documentos de trabalho (Form I-9), o empregador normalmente recebe um aviso por escrito com pelo menos 3 dias de antecedência. Os agentes também podem usar uma intimação (subpoena) ou um mandado para conseguir os documentos mais cedo.
work-why-silence = A Constituição dos Estados Unidos dá a todas as pessoas o direito de ficar em silêncio, qualquer que seja a sua situação migratória.
work-unsettled-employer = O que o seu empregador pode permitir, e quais áreas contam como públicas, depende do lugar. Fale com um grupo de defesa dos direitos dos trabalhadores ou com um advogado.
