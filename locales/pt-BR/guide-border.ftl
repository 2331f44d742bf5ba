# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Zona de fronteira, postos de controle e aeroportos
border-summary = Você mora ou viaja perto da fronteira, ou viaja de avião.
border-first = Nos pontos de passagem da fronteira, e nos aeroportos quando você chega de outro país, as regras são diferentes. Lá os agentes têm mais poder.
border-do-checkpoint = Em um posto de controle fixo, os agentes podem parar todos os carros e fazer algumas perguntas curtas. Você pode ficar em silêncio.
border-do-no-search = Longe do ponto de passagem da fronteira em si, inclusive em postos de controle dentro do país, você pode dizer não a uma revista do seu carro. Mesmo assim, os agentes podem revistar se tiverem causa provável. No ponto de passagem da fronteira, eles podem revistar o seu carro sem o seu consentimento.
border-do-phone = Antes de cruzar a fronteira, desligue o desbloqueio por rosto e por impressão digital e leve menos dados.
border-do-papers = Se você tem documentos de imigração, leve-os com você. Adultos que receberam esses documentos são obrigados a levá-los.
border-do-green-card = Se você tem green card, você não precisa assinar o formulário I-407, que faz você abrir mão do seu green card. Em vez disso, você pode pedir para ver um juiz de imigração.
border-do-travel-lawyer = Se você tem green card ou visto e já foi preso alguma vez, fale com um advogado antes de viajar para fora do país.
border-dont-lie = Não minta para os agentes de fronteira. Não mostre documentos falsos.
border-dont-run = Não corra nem resista.
border-why-zone = A lei federal permite que agentes revistem veículos em busca de pessoas sem documentos dentro de uma "distância razoável" da fronteira. As regras fixam essa distância em 100 milhas em linha reta.
border-why-stop = Mesmo assim, os agentes precisam de suspeita razoável para mandar parar um carro na zona de fronteira. A revista de um carro por uma patrulha móvel precisa de causa provável ou do seu consentimento.
border-why-checkpoint = A Suprema Corte permite paradas rápidas em postos de controle fixos sem nenhuma suspeita.
border-why-car-search = Longe da fronteira, os agentes precisam do seu consentimento ou de causa provável para revistar um carro, mesmo em um posto de controle.
border-why-answers = Quando chegam de outro país, cidadãos americanos só precisam responder a perguntas sobre quem são e sobre a sua cidadania. Portadores de green card só precisam responder a perguntas sobre quem são e sobre a sua situação migratória; recusar outras perguntas pode causar demora. Visitantes e portadores de visto podem ter a entrada negada se não responderem.
border-unsettled-expedited = A remoção rápida, sem audiência em um tribunal, agora vale em qualquer lugar dos Estados Unidos para pessoas que não conseguem provar dois anos aqui. Os tribunais já mudaram isso mais de uma vez.
border-unsettled-phones = As regras para buscas em celulares na fronteira estão mudando. Veja o guia sobre o seu celular.
