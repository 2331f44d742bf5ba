# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = Depois de uma abordagem
after-summary = Anote o que aconteceu, procure ajuda e encontre alguém que foi levado.
after-first = Assim que você estiver em segurança, anote o que aconteceu.
after-do-write = Anote a data, a hora e o lugar, o que os agentes disseram e fizeram, os nomes ou números de distintivo deles, as placas dos carros e o que eles levaram.
after-do-witnesses = Anote os nomes e os telefones das testemunhas. Guarde fotos e vídeos em um lugar seguro.
after-do-lawyer = Fale com um advogado ou com uma linha telefônica de resposta rápida sobre o que aconteceu.
after-do-find = Se alguém foi levado, procure no Online Detainee Locator do { -ice } (localizador de pessoas detidas, na internet) com o número A (A-number) e o país de nascimento da pessoa, ou com o nome exato e o país de nascimento dela.
after-do-line = Você também pode ligar para a linha de informações sobre detenção do { -ice }: 1-888-351-4024.
after-dont-post = Não publique na internet detalhes sobre a situação migratória de uma pessoa.
after-dont-sign = Não assine papéis por alguém que foi detido antes de falar com um advogado.
after-why-record = Gravar autoridades fazendo o seu trabalho em público é protegido em vários tribunais federais de apelação. As suas anotações e vídeos podem ajudar um advogado.
after-why-locator = O { -ice } mantém o Online Detainee Locator. Você pode pesquisar com o número A (A-number) e o país de nascimento, ou com o nome e o país de nascimento.
after-unsettled-locator = O localizador pode não listar todo mundo. Crianças e jovens menores de 18 anos podem não aparecer. Se você não encontrar a pessoa, ligue para um advogado.
