# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Я пользуюсь своим правом хранить молчание.
phrase-no-search = Я не даю согласия на обыск.
phrase-free-to-go = Могу ли я уйти?
phrase-lawyer = Я хочу поговорить с адвокатом.
phrase-no-sign = Я ничего не подпишу без адвоката.
phrase-no-entry = Я не даю согласия на то, чтобы вы входили в мой дом.
phrase-slide-warrant = Пожалуйста, просуньте ордер под дверь.
phrase-no-scan = Я не даю согласия на это сканирование.
phrase-wrong-warrant = В этом ордере неправильное имя или неправильный адрес.
phrase-no-phone-search = Я не даю согласия на обыск моего телефона.
phrase-consulate = Я хочу связаться со своим консульством.
phrase-recording = Я веду запись. Я вам не мешаю.
phrase-license = Вот моё водительское удостоверение. Обо всём остальном я буду молчать.
