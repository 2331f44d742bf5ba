# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Protestos e gravações
protest-summary = Você participa de uma passeata, observa ou grava agentes em público.
protest-first = Conheça o risco antes de ir. Qualquer contato com a polícia pode trazer problemas de imigração, mesmo sem prisão.
protest-do-record = Você pode gravar policiais e agentes fazendo o seu trabalho em público. Mantenha a distância que eles mandarem. Não atrapalhe o trabalho deles.
protest-do-phone = Antes de um protesto, desligue o desbloqueio por rosto e por impressão digital. Use uma senha no lugar.
protest-do-silent = Se a polícia parar você, você pode ficar em silêncio e pedir um advogado.
protest-do-plan = Vá com amigos. Decore o número de telefone de alguém para quem ligar se você for preso.
protest-dont-fight = Não brigue nem resista, mesmo que você ache que uma prisão é errada.
protest-dont-carry = Não leve documentos de outro país e nunca mostre documentos falsos.
protest-dont-sign = Não assine nada antes de falar com um advogado.
protest-why-speech = A Primeira Emenda protege o protesto pacífico para todas as pessoas nos Estados Unidos. O protesto pacífico não está na lista de motivos para deportação. Mas uma prisão ou uma acusação criminal pode levar à deportação.
protest-why-record = Vários tribunais federais de apelação dizem que a Primeira Emenda protege o direito de gravar autoridades que trabalham em público, com limites razoáveis.
protest-why-passcode = Uma senha decorada dá a você uma proteção legal mais forte do que o desbloqueio por rosto ou por impressão digital.
protest-unsettled-courts = Os tribunais nem sempre protegem da mesma forma o direito dos imigrantes à liberdade de expressão.
protest-unsettled-visas = Desde 2025, o governo cancelou vistos e tentou deportar alguns não cidadãos, inclusive estudantes e portadores de green card, por causa de protestos ou do que disseram. Os tribunais estão decidindo se isso é legal. Se você não é cidadão americano, e principalmente se você tem visto, fale com um advogado antes de ir.
protest-unsettled-impeding = Bloquear um agente federal ou interferir no trabalho dele é crime. Mantenha distância quando gravar.
protest-unsettled-scans = Vídeos mostram agentes apontando celulares para manifestantes. Isso pode ser escaneamento do rosto. Veja o guia sobre escaneamento do rosto e das impressões digitais.
protest-unsettled-record = Nem todo tribunal já decidiu sobre gravações, e é menos claro como essas decisões valem para agentes federais.
