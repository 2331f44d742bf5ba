# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Kuv siv kuv txoj cai nyob ntsiag to (tsis hais lus).
phrase-no-search = Kuv tsis pom zoo rau kev tshawb.
phrase-free-to-go = Kuv puas mus tau lawm?
phrase-lawyer = Kuv xav tham nrog ib tug kws lij choj.
phrase-no-sign = Kuv yuav tsis kos npe rau ib yam dab tsi yog tsis muaj kws lij choj.
phrase-no-entry = Kuv tsis pom zoo kom koj nkag los hauv kuv lub tsev.
phrase-slide-warrant = Thov muab daim ntawv tso cai ntes los sis tshawb (warrant) ntxig hauv qab qhov rooj los.
phrase-no-scan = Kuv tsis pom zoo rau qhov luam no.
phrase-wrong-warrant = Daim ntawv tso cai ntes los sis tshawb no muaj lub npe tsis raug los sis chaw nyob tsis raug.
phrase-no-phone-search = Kuv tsis pom zoo kom tshawb kuv lub xov tooj.
phrase-consulate = Kuv xav tiv tauj kuv lub chaw sawv cev tebchaws (consulate).
phrase-recording = Kuv tab tom kaw video. Kuv tsis cuam tshuam koj.
phrase-license = No yog kuv daim ntawv tsav tsheb. Txog lwm yam, kuv yuav nyob twj ywm.
