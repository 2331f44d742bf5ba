# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Plano de preparação da família
family-summary = Prepare-se agora, para que a sua família saiba o que fazer.
family-first = Faça agora um plano sobre quem vai cuidar dos seus filhos se você for detido.
family-do-memorize = Decore o número de telefone de um familiar, de um amigo ou de um advogado para quem você possa ligar se for preso.
family-do-a-number = Anote o seu número A (A-number) e compartilhe com a sua família, para que ela possa encontrar você.
family-do-documents = Guarde os documentos importantes juntos em um lugar seguro: certidões de nascimento, passaportes, documentos dos seus filhos. Diga a uma pessoa de confiança onde eles estão.
family-do-caregiver = Escolha uma pessoa para cuidar dos seus filhos. Coloque isso por escrito. Alguns estados, como a Califórnia, têm um formulário para isso.
family-do-money = Faça um plano para o dinheiro, as contas de banco e o seu contrato de aluguel, para que a sua família consiga se organizar.
family-do-lawyer = Encontre um advogado agora. Algumas famílias preenchem um formulário (G-28) com o advogado com antecedência.
family-dont-passport = Não ofereça o seu passaporte nem os passaportes da sua família ao { -ice }. Se você tem uma ordem de remoção, pergunte a um advogado antes de recusar um pedido de documentos de viagem.
family-dont-wait = Não espere uma emergência para fazer o plano.
family-why-plan = Grupos de assistência jurídica recomendam que toda família tenha um plano, organizado em torno de quem vai cuidar das crianças.
family-unsettled-state = Os formulários para nomear uma pessoa que cuide das crianças são diferentes em cada estado. Pergunte a um advogado local qual usar.
