# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Sa trabaho
work-summary = Dumating ang mga opisyal ng imigrasyon sa trabaho mo.
work-first = Manatiling kalmado. Huwag tumakbo.
work-do-warrant = Itanong kung may dalang warrant na pinirmahan ng hukom ang mga opisyal. Ang warrant ng { -ice }, nang mag-isa, ay hindi nagpapahintulot sa kanila na pumasok sa mga pribadong bahagi ng lugar ng trabaho.
work-do-private = Kailangan ng mga opisyal ng warrant ng hukom, ng pahintulot ng employer, o ng emergency para pumasok sa mga bahaging hindi bukas sa publiko.
work-do-silent = Puwede kang manahimik. Hindi mo kailangang sagutin ang mga tanong tungkol sa kung saan ka ipinanganak o sa status mo. Kung may balidong papeles ka ng imigrasyon ng U.S. at hiningi ito ng isang opisyal, ipakita mo ito.
work-do-lawyer = Humingi ng abogado. Huwag pumirma ng anumang papel bago ka makipag-usap sa abogado.
work-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
work-dont-hide = Huwag magtago o tumakbo. Huwag labanan ang mga opisyal.
work-why-warrant = Ang warrant ng { -ice } na pinirmahan ng isang opisyal ay hindi, nang mag-isa, nagpapahintulot sa mga opisyal na pumasok sa mga bahaging hindi bukas sa publiko, maliban kung pumayag ang employer o may emergency. Ang search warrant na pinirmahan ng hukom ay nagpapahintulot sa kanilang pumasok.
work-why-fourth = Pinoprotektahan ng Fourth Amendment (Ikaapat na Susog sa Konstitusyon) ang mga tao laban sa hindi makatwirang paghalughog. Kaya kailangan ng mga opisyal ng warrant ng hukom o ng pahintulot para pumasok sa mga pribadong bahagi.
work-why-i9 = Bago ang inspeksyon ng mga papeles sa trabaho (Form I-9), kadalasang nakakatanggap muna ang employer ng nakasulat na abiso, hindi bababa sa 3 araw bago ito. Puwede ring gumamit ang mga opisyal ng subpoena o warrant para makuha ang mga papeles nang mas maaga.
work-why-silence = Ibinibigay ng Konstitusyon ng U.S. sa lahat ang karapatang manahimik, anuman ang immigration status nila.
work-unsettled-employer = Nakadepende sa lugar kung ano ang puwedeng payagan ng employer mo, at kung aling mga bahagi ang itinuturing na pampubliko. Kausapin ang isang grupo para sa karapatan ng mga manggagawa o isang abogado.
