# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Prisão e detenção
arrest-summary = Você ou alguém que você ama é preso ou detido pela imigração.
arrest-first = Fique em silêncio e peça um advogado. Não assine nada.
arrest-do-lawyer = Você tem direito a um advogado no tribunal de imigração, mas o governo não paga por ele. Peça uma lista de serviços jurídicos gratuitos.
arrest-do-fear = Se você tem medo de voltar para o seu país, diga isso claramente ao oficial. Peça para falar com um oficial de asilo ou com um juiz.
arrest-do-bond = Pergunte ao seu advogado sobre uma audiência de fiança. Pode ser que um juiz deixe você sair enquanto o seu processo está em andamento. Nem todo mundo pode conseguir fiança. Pode ser que um advogado também consiga contestar a sua detenção em um tribunal federal.
arrest-do-court = Se você receber uma data para ir ao tribunal de imigração, vá. Se você faltar, o juiz pode ordenar a sua deportação sem você estar lá.
arrest-do-consulate = Você pode pedir para entrar em contato com o seu consulado. Os oficiais devem informar um estrangeiro detido sobre esse direito. Para alguns países, os oficiais devem avisar o consulado mesmo que você não peça. Se você tem medo do governo do seu país, ou pretende pedir asilo, fale com um advogado antes de entrar em contato com o seu consulado.
arrest-do-a-number = Saiba o seu número A (A-number), se você tiver um, e passe esse número para a sua família. Isso ajuda a sua família a encontrar você.
arrest-do-find = Para encontrar uma pessoa detida pelo { -ice }, use o Online Detainee Locator do { -ice }. Pesquise com o número A (A-number) e o país de nascimento da pessoa, ou com o nome exato e o país de nascimento dela.
arrest-do-line = As famílias também podem ligar para a linha de informações sobre detenção do { -ice }: 1-888-351-4024.
arrest-dont-sign = Não assine nenhum papel, como saída voluntária ("voluntary departure") ou remoção combinada ("stipulated removal"), antes de falar com um advogado.
arrest-dont-lie = Não minta. Não mostre documentos falsos.
arrest-why-counsel = A lei federal diz que uma pessoa em processo de remoção pode ter um advogado da sua escolha, mas não às custas do governo.
arrest-why-consular = Um tratado, a Convenção de Viena sobre Relações Consulares, diz que as autoridades devem informar um estrangeiro detido, sem demora, que ele pode pedir que o seu consulado seja avisado. Isso vale qualquer que seja a sua situação migratória.
arrest-why-fear = A lei federal diz que, se uma pessoa em remoção rápida disser que tem medo de voltar, ela deve ser enviada para uma entrevista com um oficial de asilo.
arrest-why-bond = As regras federais permitem que uma pessoa detida peça a um juiz de imigração que revise a sua detenção e a fiança. Desde 2025, os juízes de imigração dizem que muitas pessoas que entraram no país sem inspeção não podem conseguir fiança. Os tribunais federais podem verificar se uma pessoa está detida contra a lei.
arrest-why-locator = No localizador, dá para pesquisar com o número A (A-number) e o país de nascimento, ou com o nome e o país de nascimento.
arrest-unsettled-silence = Ainda não está decidido se ficar em silêncio pode ser usado contra você no tribunal de imigração. O que você disser pode ser usado contra você lá. Pergunte ao seu advogado.
arrest-unsettled-locator = Os campos de busca do localizador podem ter mudado desde que as nossas fontes foram escritas.
