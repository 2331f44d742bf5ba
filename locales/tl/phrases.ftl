# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Ginagamit ko po ang karapatan kong manahimik.
phrase-no-search = Hindi po ako pumapayag sa paghalughog.
phrase-free-to-go = Malaya po ba akong umalis?
phrase-lawyer = Gusto ko pong makausap ang isang abogado.
phrase-no-sign = Hindi po ako pipirma ng kahit ano nang walang abogado.
phrase-no-entry = Hindi po ako pumapayag na pumasok kayo sa bahay ko.
phrase-slide-warrant = Pakisuksok po ang warrant sa ilalim ng pinto.
phrase-no-scan = Hindi po ako pumapayag sa scan na ito.
phrase-wrong-warrant = Mali po ang pangalan o mali ang address sa warrant na ito.
phrase-no-phone-search = Hindi po ako pumapayag na halughugin ang telepono ko.
phrase-consulate = Gusto ko pong makipag-ugnayan sa konsulado ko.
phrase-recording = Nagre-record po ako. Hindi ko po kayo hinaharangan.
phrase-license = Heto po ang lisensya ko. Mananahimik po ako tungkol sa lahat ng iba pa.
