# Palavras extras que as pessoas digitam quando procuram um guia: palavras do
# dia a dia, gírias e outros nomes para a mesma coisa. Elas nunca aparecem; a
# busca usa essas palavras para achar o guia. Escreva as palavras que as
# pessoas da sua comunidade usam de verdade, separadas por vírgulas. Elas não
# precisam ser iguais às do inglês.

search-keywords-right-now = ajuda, socorro, emergência, agora, urgente, me pararam, fui parado, o que eu faço, help
search-keywords-street = polícia, policial, os home, documento, identidade, ID, papéis, sem documento, nome, calçada, rua, revista, baculejo, enquadro
search-keywords-door = ICE, imigração, batida, batida do ICE, raid, batendo na porta, casa, apartamento, abrir a porta, mandado, warrant
search-keywords-face-scan = Mobile Fortify, reconhecimento facial, rosto, cara, foto, digital, impressão digital, biometria, câmera, aplicativo, app, escanear
search-keywords-car = blitz, parado pela polícia, dirigindo, motorista, carteira de motorista, habilitação, licença, passageiro, carro, porta-malas, multa, ticket
search-keywords-workplace = trabalho, serviço, trampo, batida no trabalho, patrão, chefe, empregador, fábrica, fazenda, restaurante, obra, construção, limpeza, colegas
search-keywords-protest = protesto, manifestação, passeata, ato, filmar, gravar, vídeo, gravar a polícia
search-keywords-arrest = preso, detido, cadeia, prisão, centro de detenção, deportação, deportado, pegaram, fiança, bond, custódia
search-keywords-border = aeroporto, avião, voo, posto de controle, alfândega, fronteira, imigração, Border Patrol, CBP, viagem
search-keywords-places = escola, igreja, mesquita, templo, hospital, médico, clínica, tribunal, corte, audiência, locais protegidos
search-keywords-family = filhos, crianças, família, plano, guardião, tutor, quem busca as crianças, documentos, plano de emergência
search-keywords-phone = celular, senha, código, desbloquear, redes sociais, mensagens, WhatsApp, zap, fotos
search-keywords-status = audiência, data no tribunal, data da corte, tribunal de imigração, corte de imigração, juiz, juiz de imigração, check-in, check-in no ICE, apresentação no ICE, comparecer, visto, visto de estudante, visto de trabalho, registro, registrar, se registrar, G-325R, court date
search-keywords-after = denunciar, denúncia, queixa, reclamação, anotar, testemunha, achar alguém, parente desaparecido, localizador, locator
