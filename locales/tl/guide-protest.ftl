# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Mga protesta at pagre-record
protest-summary = Nagmamartsa ka, nanonood o nagre-record ng mga opisyal sa publiko.
protest-first = Alamin ang panganib bago ka pumunta. Anumang pakikitungo sa pulis ay puwedeng humantong sa problema sa imigrasyon, kahit walang pag-aresto.
protest-do-record = Puwede mong i-record ang pulis at mga opisyal habang ginagawa nila ang trabaho nila sa publiko. Lumayo ka hanggang sa layong sinasabi nila. Huwag silang harangan.
protest-do-phone = Bago ang protesta, i-off ang face unlock at fingerprint unlock. Passcode na lang ang gamitin.
protest-do-silent = Kung pahintuin ka ng pulis, puwede kang manahimik at humingi ng abogado.
protest-do-plan = Sumama sa mga kaibigan. Isaulo ang numero ng telepono ng taong tatawagan mo kung maaresto ka.
protest-dont-fight = Huwag makipag-away o manlaban, kahit sa tingin mo ay mali ang pag-aresto.
protest-dont-carry = Huwag magdala ng papeles mula sa ibang bansa, at huwag kailanman magpakita ng pekeng papeles.
protest-dont-sign = Huwag pumirma ng kahit ano bago ka makipag-usap sa abogado.
protest-why-speech = Pinoprotektahan ng First Amendment (Unang Susog sa Konstitusyon) ang mapayapang protesta para sa lahat ng nasa U.S. Wala sa listahan ng mga dahilan ng deportasyon ang mapayapang protesta. Pero ang pag-aresto o kasong kriminal ay puwedeng humantong sa deportasyon.
protest-why-record = Ayon sa ilang pederal na korte ng apela, pinoprotektahan ng First Amendment ang pagre-record sa mga opisyal na nagtatrabaho sa publiko, nang may makatwirang limitasyon.
protest-why-passcode = Mas matibay na proteksyong legal ang ibinibigay sa iyo ng passcode na nakasaulo kaysa sa face unlock o fingerprint unlock.
protest-unsettled-courts = Hindi laging pareho ang paraan ng pagprotekta ng mga korte sa karapatan ng mga imigrante sa malayang pananalita.
protest-unsettled-visas = Mula 2025, nagkansela ang gobyerno ng mga visa at sinubukan nitong i-deport ang ilang hindi mamamayan, kasama ang mga estudyante at mga may green card, dahil sa mga protesta o sa mga sinabi nila. Pinagpapasyahan pa ng mga korte kung legal ito. Kung hindi ka mamamayan ng U.S., at lalo na kung may visa ka, kausapin ang isang abogado bago ka pumunta.
protest-unsettled-impeding = Krimen ang pagharang o pakikialam sa isang pederal na opisyal. Panatilihin ang layo mo kapag nagre-record ka.
protest-unsettled-scans = Makikita sa mga video ang mga opisyal na nagtututok ng telepono sa mga nagpoprotesta. Maaaring pag-scan ito ng mukha. Tingnan ang gabay tungkol sa scan ng mukha at fingerprint.
protest-unsettled-record = Hindi pa nagpapasya ang lahat ng korte tungkol sa pagre-record, at hindi gaanong malinaw kung paano nalalapat ang mga desisyong ito sa mga pederal na opisyal.
