# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = O que está escrito no topo do papel?
warrant-h-top = Peça que passem o papel por baixo da porta ou que o mostrem em uma janela. Não abra a porta.
warrant-a-top-court = O nome de um tribunal, como "United States District Court" (Tribunal Distrital dos Estados Unidos)
warrant-a-top-dhs = "{ -dhs-on-papers }", ou o formulário I-200 ou I-205
warrant-a-unsure = Não consigo saber
warrant-q-signed = Quem assinou?
warrant-h-signed = Olhe a parte de baixo. O cargo de quem assinou está impresso embaixo da assinatura.
warrant-a-signed-judge = Um juiz ou um juiz magistrado ("magistrate judge")
warrant-a-signed-officer = Um oficial ou agente de imigração
warrant-q-name = É para você ou para a sua casa, com o nome e o endereço escritos corretamente?
warrant-h-name = Confira o nome da pessoa e o endereço.
warrant-a-name-yes = Sim, estão corretos
warrant-a-name-no = Não, o nome ou o endereço está errado
warrant-q-allows = O que o papel permite que eles façam?
warrant-h-allows = Procure as palavras "search" (busca) ou "arrest" (prisão).
warrant-a-allows-search = Fazer busca em um lugar. O meu endereço aparece nele.
warrant-a-allows-arrest = Prender uma pessoa. O nome de uma pessoa aparece nele.

warrant-r-admin-title = Este é um mandado do { -ice }, não um mandado de juiz.
warrant-r-admin-1 = Um oficial de imigração assinou, não um juiz.
warrant-r-admin-2 = Mantenha a porta fechada. Diga que você não dá consentimento para eles entrarem.
warrant-r-admin-3 = Um memorando do { -ice } de maio de 2025 diz que os agentes podem entrar à força com um mandado I-205 para prender uma pessoa que tem uma ordem final de remoção. Há pessoas contestando isso na justiça. Se os agentes entrarem mesmo assim, não brigue. Fique em silêncio e peça um advogado.
warrant-r-unsure-title = Você não tem como ter certeza do que é este papel.
warrant-r-unsure-1 = Mantenha a porta fechada. Um mandado de juiz traz o nome de um tribunal no topo e é assinado por um juiz.
warrant-r-unsure-2 = Se puder, ligue agora para um advogado ou para uma linha telefônica de resposta rápida.
warrant-r-wrong-title = Este mandado pode não ser para você ou para a sua casa.
warrant-r-wrong-1 = Diga a eles, com a porta fechada, que o nome ou o endereço está errado. Não abra a porta.
warrant-r-wrong-2 = Se entrarem mesmo assim, não brigue. Fique em silêncio. Lembre o que aconteceu e anote depois.
warrant-r-search-title = Um mandado de busca de um juiz permite que eles entrem e façam a busca.
warrant-r-search-1 = Eles podem fazer busca nos lugares que o mandado lista. Não bloqueie a passagem nem brigue.
warrant-r-search-2 = Você ainda pode ficar em silêncio. Você não precisa dizer onde nasceu nem qual é a sua situação migratória.
warrant-r-search-3 = Peça uma cópia do mandado. Ligue para um advogado assim que puder.
warrant-r-arrest-title = Um mandado de prisão de um juiz permite que eles prendam a pessoa que aparece nele.
warrant-r-arrest-1 = O mandado é sobre essa pessoa. Mantenha a calma e não brigue.
warrant-r-arrest-2 = Se você não tem certeza do que o mandado permite, mantenha a porta fechada e ligue para um advogado. Fique em silêncio e não assine nada.
