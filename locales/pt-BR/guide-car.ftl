# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = No carro
car-summary = A polícia ou agentes param o carro que você está dirigindo ou em que você está.
car-first = Pare em um lugar seguro. Desligue o motor. Mantenha as mãos no volante, ou no colo se você for passageiro.
car-do-papers = Se você está dirigindo, mostre a sua carteira de motorista, o documento do carro e o comprovante de seguro quando a polícia pedir. As leis estaduais exigem isso. Há dois exemplos nas fontes abaixo.
car-do-out = Se a polícia mandar você sair do carro, saia. Isso vale para o motorista e para os passageiros.
car-do-silent = Motorista ou passageiro, você pode ficar em silêncio. Você não precisa falar sobre a sua situação migratória.
car-do-no-search = Você pode dizer não a uma revista do carro. A polícia ainda pode revistar se tiver motivos fortes para achar que vai encontrar prova de um crime.
car-do-passenger-free = Os passageiros podem perguntar se estão livres para ir embora. Se a resposta for sim, eles podem sair com calma.
car-do-no-license = Se você não tem carteira de motorista, nunca mostre uma falsa. Você ainda pode ficar em silêncio sobre a sua situação migratória. Pergunte antes a um advogado se você deve mostrar uma carteira de motorista ou um documento de identidade de outro país.
car-dont-run = Não saia dirigindo nem corra. Não discuta nem brigue, mesmo que você ache a abordagem injusta.
car-dont-lie = Não minta. Não mostre documentos falsos.
car-dont-reach = Não coloque a mão embaixo do banco nem dentro de uma bolsa sem avisar o policial antes.
car-why-out = A Suprema Corte diz que a polícia pode mandar o motorista e os passageiros saírem do carro durante uma abordagem legal.
car-why-passenger = Quando a polícia para um carro, o passageiro também está sendo parado, e ele pode contestar na justiça uma abordagem ilegal.
car-why-fourth = A Quarta Emenda protege você contra buscas não razoáveis. A polícia precisa do seu consentimento ou de causa provável para revistar o seu carro.
car-why-checkpoint = Em postos de controle fixos de imigração dentro do país, os agentes podem parar carros e fazer perguntas curtas sem nenhuma suspeita. Para revistar o carro, eles ainda precisam do seu consentimento ou de causa provável.
car-why-roving = Perto da fronteira, os agentes podem revistar veículos em busca de pessoas sem documentos, mas ainda precisam de um bom motivo para mandar um carro parar. Revistar um carro exige motivos fortes ou o seu consentimento.
car-unsettled-name = Geralmente, um passageiro não precisa dar o nome, a não ser que a polícia suspeite que o passageiro cometeu um crime e o estado tenha uma lei sobre isso. Veja a nota sobre o seu estado acima.
