# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Esconder
quick-exit-label = Esconder esta tela agora
neutral-title = Notas
neutral-placeholder = Escreva uma nota. Ela não é salva.
neutral-new = Nova nota
neutral-all = Todas as notas
neutral-note-1-title = Compras
neutral-note-1-body = Arroz, feijão, ovos, leite, pão, cebola, sabonete.
neutral-note-2-title = Sopa de feijão
neutral-note-2-body = Feijão, tomate, cebola, alho, sal. Cozinhar por uma hora.
neutral-note-3-title = Esta semana
neutral-note-3-body = Pagar a conta do celular. Limpar a cozinha. Consertar a bicicleta.
hide-tip-title = Como funciona o "Esconder"
hide-tip-text = Toque em "Esconder" e o kyr mostra na hora uma página de notas simples. Nada do kyr aparece nela. Para voltar, feche o kyr e abra de novo.
hide-tip-ok = Entendi

## Privacy
privacy-title = Sua privacidade
privacy-text = Este aplicativo não envia nada e não precisa de internet. Ele guarda só as suas configurações, os contatos que você salvar e o seu plano de emergência, se você fizer um. O seu plano fica bloqueado com o seu PIN. Você pode apagar tudo em Configurações.

## The emergency plan (locked)
home-plan = Meu plano de emergência
home-plan-hint = Contatos, número A (A-number), plano da família. Bloqueado com um PIN.
vault-title = Meu plano de emergência
vault-intro = Guarde aqui os seus contatos de emergência e o plano da sua família. Eles ficam bloqueados com um PIN e ficam só neste celular.
vault-pin-label = PIN ou frase secreta
vault-pin-again = Digite de novo
vault-pin-hint = Use pelo menos 6 números ou letras. Uma frase secreta mais longa é mais segura.
vault-create = Bloquear meu plano com este PIN
vault-unlock = Abrir
vault-lock = Bloquear agora
vault-locked-note = Ele se bloqueia sozinho quando você sai do aplicativo, e depois de 5 minutos.
vault-pin-mismatch = Os dois PINs não são iguais.
vault-pin-short = Use pelo menos 6 números ou letras.
vault-wrong-pin = PIN errado.
# Plural: Portuguese "one" covers 0 and 1, so the number stays in that branch.
vault-wait = { $seconds ->
    [one] Espere { $seconds } segundo e tente de novo.
   *[other] Espere { $seconds } segundos e tente de novo.
}
vault-unreadable = Não é possível ler o seu plano de emergência. O arquivo pode estar danificado. Ele não foi apagado. Você pode mantê-lo, ou apagá-lo e começar de novo.
vault-erase-damaged = Apagar o plano danificado
vault-opening = Abrindo…
vault-save = Salvar e bloquear
vault-saved = Salvo. Seu plano está bloqueado.
vault-name-label = Seu nome
vault-a-number-label = Seu número A (A-number), se você tiver um
vault-contacts-heading = Contatos de emergência
vault-contact-name = Nome
vault-contact-phone = Número de telefone
vault-add-contact = Adicionar um contato
vault-remove-contact = Remover
vault-plan-heading = Plano da família
vault-children-label = Quem busca as crianças
vault-documents-label = Onde estão os documentos importantes
vault-lawyer-name-label = Nome do advogado
vault-lawyer-phone-label = Número de telefone do advogado
vault-notes-label = Outras anotações
vault-phone-invalid = Este número de telefone não parece certo: { $phone }
vault-too-long = Isto está muito longo. Por favor, deixe mais curto.
vault-print = Imprimir o plano da família
vault-print-title = Plano de emergência da família
vault-print-note = Guarde este papel em casa, onde a sua família possa encontrá-lo.

## "I've been detained" message
detained-button = Me detiveram: enviar uma mensagem
detained-title = Enviar uma mensagem pedindo ajuda
detained-explain = Isto abre as mensagens de texto do seu celular com uma mensagem pronta. Você escolhe se vai enviar. Este aplicativo não envia nada.
detained-place-label = Para onde estão levando você? (se você souber)
detained-to = Para
detained-send = Abrir minhas mensagens de texto
detained-no-contacts = Primeiro, adicione um contato de emergência ao seu plano.
detained-msg-intro = Aqui é { $name }. A imigração me deteve.
detained-msg-a-number = Meu número A (A-number) é { $anumber }.
detained-msg-lawyer = Por favor, ligue para o meu advogado, { $lawyer }, no { $phone }.
detained-msg-no-lawyer = Por favor, me ajude a encontrar um advogado.
detained-msg-place = Estão me levando para: { $place }.

## Second PIN for danger
duress-title = Um segundo PIN para casos de perigo (você pode pular esta parte)
duress-explain = Se alguém que não é policial nem agente, como um agressor, obrigar você a abrir o seu plano, digite este segundo PIN no lugar. Ele abre um plano vazio. Ninguém consegue ver que existe um segundo PIN.
officials-no-hiding = Não use um segundo PIN nem apague o seu plano depois que a polícia ou agentes de imigração pedirem para ver o seu celular ou este aplicativo. Esconder ou apagar informações nesse momento pode ser crime. Diga "Eu não dou consentimento para uma revista" e peça um advogado.
duress-pin-label = Segundo PIN
duress-wipe-label = Apagar também o meu plano verdadeiro quando o segundo PIN for usado
duress-wipe-warning = Se você escolher isto, o seu plano verdadeiro será apagado para sempre quando o segundo PIN for usado. Não será possível recuperá-lo.
duress-set = Criar o segundo PIN
duress-confirm = Entendi. Criar o segundo PIN.
duress-same = O segundo PIN precisa ser diferente do seu PIN.
duress-done = O segundo PIN foi criado.

## Erase everything
wipe-title = Apagar tudo
wipe-explain = Isto apaga deste celular o seu plano de emergência, os seus contatos salvos, os contatos adicionados a partir de arquivos, os pacotes de clínicas e as suas configurações. Os guias continuam. Não é possível desfazer.
wipe-button = Apagar tudo
wipe-confirm = Sim, apagar tudo agora
wipe-cancel = Cancelar
wipe-done = Tudo o que você salvou foi apagado.

## Errors
error-vault-locked = Seu plano está bloqueado. Abra com o seu PIN.
error-vault-exists = Você já tem um plano. Abra com o seu PIN.
error-vault-unreadable = Não é possível ler o seu plano de emergência. Ele não foi apagado.
