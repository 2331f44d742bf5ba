# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = Vá a todos os check-ins no { -ice }. O { -ice } permite que as pessoas marquem um check-in pela internet.
status-do-prepare = Antes de uma audiência ou de um check-in, fale com um advogado, leve o telefone dele e faça um plano familiar.
status-do-visa = Se você tem visto, como visto de estudante, de trabalho ou de visitante, valem regras diferentes para você. Não minta. Pergunte a um advogado, ou ao escritório de estudantes internacionais da sua escola, o que você é obrigado a responder.
status-do-register = Desde abril de 2025, o governo pede que as pessoas que nunca se registraram façam o registro, com o formulário G-325R. Fale com um advogado antes de se registrar ou de responder a um pedido de registro.
status-why-absentia = A lei federal diz que, se uma pessoa recebeu um aviso por escrito de uma audiência e não comparece, a remoção dela deve ser ordenada.
status-why-court-arrests = Desde maio de 2025, o { -ice } prendeu muitas pessoas que foram ao tribunal de imigração, muitas vezes logo depois que o governo pediu para encerrar o processo delas.
status-why-register = Uma lei federal diz que muitos não cidadãos devem se registrar. Não se registrar de propósito pode ser crime. Registrar-se também dá as suas informações ao governo. Por isso você deveria falar com um advogado antes.
status-why-visa = O Departamento de Estado pode cancelar um visto a qualquer momento.
status-unsettled-register = Ainda não está claro como o governo vai usar as informações do registro, nem quem ele vai acusar por não se registrar. Pergunte a um advogado.
status-do-court = Descubra a data da sua próxima audiência no tribunal e vá. Se você faltar, o juiz pode ordenar a sua deportação sem você estar lá.
status-first = Nunca falte a uma audiência no tribunal de imigração nem a um check-in (apresentação) no { -ice }. Fale com um advogado antes de ir.
status-summary = Você tem uma audiência no tribunal ou um check-in no { -ice }, tem visto, ou pediram que você se registre.
status-title = Audiências no tribunal, check-ins, vistos e registro
