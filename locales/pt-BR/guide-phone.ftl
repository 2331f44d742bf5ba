# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = O seu celular
phone-summary = A polícia ou agentes querem olhar o seu celular.
phone-first = Bloqueie o seu celular com uma senha, não com o rosto ou a impressão digital.
phone-do-no-consent = Diga que você não dá consentimento para uma busca no seu celular.
phone-do-passcode = Use uma senha longa. Desligue o desbloqueio por rosto e por impressão digital antes de um protesto ou de uma viagem que passe pela fronteira.
phone-do-silent = Fique em silêncio. Peça um advogado antes de dar a sua senha a alguém.
phone-dont-unlock = Não desbloqueie o seu celular para a polícia só porque eles pedem.
phone-dont-delete = Não apague coisas do seu celular depois que a polícia ou agentes pedirem o aparelho. Esconder ou destruir informações nesse momento pode ser crime.
phone-dont-fight = Não resista com o corpo se pegarem o celular.
phone-why-riley = A Suprema Corte diz que a polícia geralmente precisa de um mandado para fazer busca nos dados do celular de uma pessoa que ela prende.
phone-why-biometric = Um tribunal federal de apelação permitiu que a polícia forçasse o polegar de uma pessoa no celular dela para desbloquear o aparelho. Uma senha decorada dá uma proteção mais forte.
phone-why-border = Na fronteira, os agentes podem olhar um celular sem mandado. A política do { -cbp } diz que uma busca básica não precisa de suspeita, e que uma busca avançada, feita com ferramentas, precisa de suspeita razoável ou de uma preocupação de segurança nacional.
phone-unsettled-circuits = Os tribunais discordam sobre buscas em celulares na fronteira. Alguns tribunais de apelação dizem que uma busca feita com ferramentas precisa de suspeita razoável. Outro diz que ela não precisa de nenhuma suspeita. Eles também discordam sobre o que os agentes podem procurar. Isso pode mudar.
phone-unsettled-passcode = Ainda não está decidido se a polícia pode obrigar você a dizer a sua senha. Uma senha decorada ainda protege você melhor do que o rosto ou a impressão digital.
phone-unsettled-policy = Segundo notícias, o { -cbp } substituiu a sua política de busca em celulares em janeiro de 2026. Nós não lemos a nova política, então as regras acima podem ter mudado.
