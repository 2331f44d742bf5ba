# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Este aplicativo dá informação jurídica, não aconselhamento jurídico. Fale com um advogado sobre o seu caso. Para encontrar ajuda gratuita ou de baixo custo, abra "Encontrar ajuda jurídica" neste aplicativo. Os tribunais de imigração também publicam uma lista de serviços jurídicos gratuitos.

## Stopped right now?

right-now-title = Pararam você agora?
right-now-summary = Os passos mais importantes, em ordem.
right-now-first = Mantenha a calma. Não corra. Mantenha as mãos onde os agentes possam vê-las.
right-now-do-free-to-go = Pergunte se você está livre para ir embora. Se disserem que sim, vá embora devagar.
right-now-do-silent = Você pode ficar em silêncio. Diga em voz alta que você vai ficar em silêncio.
right-now-do-name = Em alguns estados, você precisa dizer o seu nome à polícia se ela parar você porque suspeita de um crime. Nunca dê um nome falso.
right-now-do-papers = Se você tem documentos de imigração dos Estados Unidos válidos e um agente de imigração pedir, mostre esses documentos. Não mostre documentos de outro país.
right-now-do-no-search = Se pedirem para revistar você ou as suas coisas, você pode dizer não. Mesmo assim, a polícia pode apalpar a sua roupa por fora para procurar armas. Não resista. Diga: "Eu não dou consentimento para uma revista."
right-now-do-lawyer = Peça um advogado. Não assine nenhum papel antes de falar com um.
right-now-dont-run = Não corra, não empurre e não brigue, mesmo que você ache a abordagem injusta.
right-now-dont-lie = Não minta e não mostre documentos falsos. Mentir para um agente federal é crime.

## On the street

street-title = Na rua
street-summary = A polícia ou agentes de imigração param você em um lugar público.
street-first = Mantenha a calma. Não corra. Pergunte se você está livre para ir embora.
street-do-free-to-go = Se disserem que você está livre para ir embora, vá embora devagar.
street-do-silent = Você pode ficar em silêncio. Diga em voz alta que você vai ficar em silêncio.
street-do-name = Em alguns estados, você precisa dar o seu nome se a polícia parar você porque suspeita que você cometeu um crime. Nunca dê um nome falso. Você não precisa responder a perguntas sobre onde nasceu nem sobre a sua situação migratória.
street-do-no-search = Se pedirem para revistar você ou a sua bolsa, você pode dizer não. Mesmo assim, a polícia pode apalpar a sua roupa por fora para procurar armas. Não resista.
street-do-carry-papers = Se você tem 18 anos ou mais e os Estados Unidos deram a você documentos de imigração, como um green card, leve esses documentos com você.
street-do-show-papers = Se você tem documentos de imigração dos Estados Unidos válidos e um agente de imigração pedir, mostre esses documentos. Não mostre documentos de outro país.
street-do-ask-agency = Pergunte de qual agência eles são. Às vezes, agentes de imigração usam coletes escritos "POLICE" ou dizem que são da polícia.
street-dont-run = Não corra, não empurre e não brigue, mesmo que você ache a abordagem injusta.
street-dont-lie = Não minta. Não mostre documentos falsos.
street-dont-foreign-papers = Se você não tem status legal, não leve documentos de outro país, como um passaporte. Não ofereça esses documentos aos agentes. Se você tem uma ordem de remoção, pergunte a um advogado antes de recusar um pedido de documentos de viagem.
street-dont-sign = Não assine nenhum papel antes de falar com um advogado.
street-why-silence = A Constituição dos Estados Unidos dá a todas as pessoas no país o direito de ficar em silêncio, qualquer que seja a sua situação migratória.
street-why-name = A Suprema Corte permitiu que os estados obriguem você a dar o seu nome quando a polícia para você de forma legal porque suspeita de um crime. Alguns estados pedem mais, como o seu endereço. Você ainda pode ficar em silêncio sobre onde nasceu e sobre a sua situação migratória.
street-why-carry = Uma lei federal diz que pessoas de 18 anos ou mais que não são cidadãs devem sempre levar com elas os documentos de imigração que receberam. Não levar esses documentos é crime.
street-why-frisk = A polícia pode apalpar a sua roupa por fora se tiver motivo razoável para achar que você tem uma arma. Isso não é uma revista completa.
street-why-fourth = A Quarta Emenda protege todas as pessoas nos Estados Unidos contra buscas e apreensões não razoáveis. É por isso que você pode dizer não a uma revista.
street-why-lie = Mentir para um agente federal é crime. Dizer que você é cidadão americano quando não é também é crime, e isso pode fazer com que você nunca consiga status legal. Mostrar documentos falsos também é crime.
street-why-run = Sair correndo pode dar à polícia um motivo para parar você. Brigar com um agente federal ou bloquear o caminho dele é crime.
street-why-287g = Em alguns lugares, a polícia local ou os xerifes têm um acordo com o { -ice }, chamado 287(g), para fazer alguns trabalhos de imigração. Com eles, os seus direitos são os mesmos.
street-unsettled-name-states = Só alguns estados têm uma lei que obriga você a dar o seu nome. As listas desses estados não concordam entre si. Pergunte a um advogado local sobre o seu estado.
street-unsettled-expedited = Desde janeiro de 2025, o governo diz que pode usar um processo rápido de remoção ("expedited removal") em qualquer lugar dos Estados Unidos para pessoas que não conseguem provar que moram aqui há dois anos. Os tribunais já mudaram isso mais de uma vez. Se você tem medo de voltar para o seu país, diga isso claramente ao oficial e peça para falar com um oficial de asilo. Alguns advogados dizem para guardar provas de quanto tempo você mora aqui, como declarações de imposto, contracheques ou contratos de aluguel. Andar com essas provas também pode causar problemas. Pergunte a um advogado o que é certo para você.
street-unsettled-border = Nos pontos de passagem da fronteira, e quando você chega a um aeroporto vindo de outro país, valem regras diferentes. Veja o guia sobre a fronteira.
street-unsettled-federal = As leis estaduais sobre dar o seu nome foram escritas para a polícia. Não está claro como elas valem para agentes federais de imigração. Você sempre pode ficar em silêncio sobre onde nasceu e sobre a sua situação migratória.
street-unsettled-roving = Em setembro de 2025, a Suprema Corte permitiu que os agentes de imigração no sul da Califórnia continuassem fazendo abordagens enquanto um processo na justiça decide se são legais as abordagens baseadas na aparência das pessoas, na língua que elas falam, no lugar onde estão ou no trabalho que fazem. Os agentes ainda precisam de suspeita razoável para parar você.

## Agents at your door

door-title = Agentes na sua porta
door-summary = A polícia ou o { -ice } bate na porta da sua casa.
door-first = Não abra a porta. Você pode falar com a porta fechada.
door-do-ask-who = Pergunte quem eles são, de qual agência são e por que estão ali. Peça que mostrem a identificação deles por uma janela.
door-do-slide-warrant = Peça que passem o mandado por baixo da porta ou que o mostrem em uma janela.
door-do-judge = Um mandado de um juiz tem o nome de um tribunal no topo. Ele é assinado por um juiz.
door-do-ice-form = Um mandado do { -ice } diz "{ -dhs-on-papers }" no topo. Ele é assinado por um oficial do { -ice }, não por um juiz. Os formulários I-200 e I-205 são mandados do { -ice }.
door-do-silent = Você pode ficar em silêncio. Você não precisa responder às perguntas deles.
door-dont-open = Não abra a porta para ver o papel nem para conversar.
door-dont-step-out = Não saia de casa para conversar. Às vezes os agentes tentam fazer as pessoas saírem para poder prendê-las.
door-dont-resist = Se os agentes entrarem mesmo assim, não empurre nem brigue com eles. Diga que você não dá consentimento e mantenha a calma.
door-dont-lie = Não minta. Não mostre documentos falsos.
door-dont-sign = Não assine nenhum papel antes de falar com um advogado.
door-why-payton = A polícia não pode entrar na sua casa para prender você sem um mandado assinado por um juiz, a não ser que você concorde ou que haja uma emergência. Veja a nota abaixo sobre um memorando do { -ice }.
door-why-fourth = A Quarta Emenda protege a sua casa contra buscas não razoáveis. É por isso que um mandado de um juiz, ou o seu consentimento, faz diferença.
door-why-arrest-warrant = Um mandado de prisão de um juiz permite que os oficiais entrem na casa da pessoa que aparece nele quando acreditam que ela está lá dentro. Para procurar essa pessoa na casa de outra pessoa, eles precisam de um mandado de busca, de consentimento ou de uma emergência.
door-why-ruse = Às vezes, agentes de imigração se vestem como policiais ou dizem que são da polícia, para fazer as pessoas abrirem a porta ou saírem.
door-why-ice-forms = Os mandados do { -ice } (formulários I-200 e I-205) são assinados por oficiais de imigração, não por juízes.
door-why-silence = A Constituição dos Estados Unidos dá a todas as pessoas o direito de ficar em silêncio, qualquer que seja a sua situação migratória.
door-unsettled-memo = Um memorando do { -ice } de 12 de maio de 2025 diz que os agentes podem entrar à força em uma casa com um mandado I-205 para prender uma pessoa que tem uma ordem final de remoção. Isso vai contra o que o { -ice } ensinava aos seus oficiais antes. Há pessoas contestando isso na justiça. Mesmo assim, não abra a porta e diga que você não dá consentimento.

## Face or fingerprint scan

scan-title = Escaneamento do rosto ou das impressões digitais
scan-summary = Um agente aponta um celular para o seu rosto ou pede os seus dedos.
scan-first = Mantenha a calma. Não corra. Não empurre o celular para longe.
scan-do-say-no-consent = Você pode dizer que não dá consentimento para o escaneamento.
scan-do-silent = Você pode ficar em silêncio sobre onde nasceu e sobre a sua situação migratória.
scan-do-free-to-go = Pergunte se você está livre para ir embora.
scan-do-lawyer = Peça um advogado.
scan-do-carry = Se você tem green card e tem 18 anos ou mais, a lei diz para levar o cartão com você. Cidadãos americanos não precisam levar prova de cidadania. Um membro do Congresso disse que o { -ice } diz aos seus oficiais que eles podem ignorar provas de cidadania, como uma certidão de nascimento, se o { -mobile-fortify } disser que a pessoa não é cidadã.
scan-do-write-down = Depois, anote o que aconteceu: a hora, o lugar, o que os agentes disseram, os nomes ou números de distintivo deles, as placas dos carros e se escanearam o seu rosto ou os seus dedos.
scan-dont-resist = Não brigue nem corra, mesmo que você ache o escaneamento injusto.
scan-dont-lie = Não minta. Não mostre documentos falsos.
scan-why-what = Agentes do { -ice } usam um aplicativo de celular chamado { -mobile-fortify }. Eles apontam o celular para um rosto, tiram uma foto sem pedir e fazem buscas em bancos de dados do governo em segundos.
scan-why-databases = O { -mobile-fortify } também consegue ler impressões digitais sem tocar nos dedos. O principal banco de dados de impressões digitais e rostos do governo tem registros de mais de 270 milhões de pessoas.
scan-why-kept = Um documento do { -dhs } diz que as fotos são guardadas por 15 anos, inclusive fotos de cidadãos americanos.
scan-why-not-proof = Uma identificação, sozinha, não é prova. Uma regra do { -dhs } (Directive 026-11) dizia que o reconhecimento facial não podia ser o único motivo para uma ação de fiscalização. Outras agências, como o { -cbp } e a TSA, conferem documentos quando há dúvida sobre uma identificação.
scan-why-errors = O reconhecimento facial erra mais com mulheres e com pessoas não brancas.
scan-unsettled-refuse = Um documento do { -dhs } diz que o { -ice } não dá às pessoas a chance de recusar o escaneamento. Nenhum tribunal disse com clareza se você pode recusar. Você ainda pode dizer que não dá consentimento, mas os agentes podem escanear você mesmo assim.
scan-unsettled-fingerprints = Em 2020, o { -ice } disse que coletar impressões digitais com um aplicativo de celular mais antigo era voluntário. Não está claro se isso ainda é verdade.
scan-unsettled-match = Grupos de defesa de direitos dizem que agentes do { -ice } podem tratar uma identificação como definitiva, mesmo quando outras provas dizem o contrário. Não está claro se a regra do { -dhs } contra usar só o reconhecimento facial ainda é seguida.
scan-unsettled-lawsuit = Em janeiro de 2026, o estado de Illinois e a cidade de Chicago entraram com um processo na justiça que inclui o uso do { -mobile-fortify }. O caso pode mudar as regras.
