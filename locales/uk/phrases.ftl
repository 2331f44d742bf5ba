# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Я користуюся своїм правом зберігати мовчання.
phrase-no-search = Я не даю згоди на обшук.
phrase-free-to-go = Чи можу я піти?
phrase-lawyer = Я хочу поговорити з адвокатом.
phrase-no-sign = Я нічого не підписуватиму без адвоката.
phrase-no-entry = Я не даю згоди на те, щоб ви заходили до мого дому.
phrase-slide-warrant = Будь ласка, просуньте ордер під двері.
phrase-no-scan = Я не даю згоди на це сканування.
phrase-wrong-warrant = У цьому ордері неправильне ім’я або неправильна адреса.
phrase-no-phone-search = Я не даю згоди на обшук мого телефону.
phrase-consulate = Я хочу зв’язатися зі своїм консульством.
phrase-recording = Я веду запис. Я вам не заважаю.
phrase-license = Ось моє посвідчення водія. Про все інше я мовчатиму.
