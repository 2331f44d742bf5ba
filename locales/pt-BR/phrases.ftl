# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Estou usando o meu direito de ficar em silêncio.
phrase-no-search = Eu não dou consentimento para uma revista.
phrase-free-to-go = Estou livre para ir embora?
phrase-lawyer = Quero falar com um advogado.
phrase-no-sign = Não vou assinar nada sem um advogado.
phrase-no-entry = Eu não dou consentimento para vocês entrarem na minha casa.
phrase-slide-warrant = Por favor, passe o mandado por baixo da porta.
phrase-no-scan = Eu não dou consentimento para este escaneamento.
phrase-wrong-warrant = Este mandado está com o nome errado ou com o endereço errado.
phrase-no-phone-search = Eu não dou consentimento para uma busca no meu celular.
phrase-consulate = Quero entrar em contato com o meu consulado.
phrase-recording = Estou gravando. Não estou atrapalhando vocês.
phrase-license = Aqui está a minha carteira de motorista. Vou ficar em silêncio sobre todo o resto.
