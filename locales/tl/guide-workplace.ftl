# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Sa trabaho
work-summary = Dumating ang mga ahente ng imigrasyon sa trabaho mo.
work-first = Manatiling kalmado. Huwag tumakbo.
work-do-warrant = Itanong kung may dalang warrant ang mga ahente na pinirmahan ng hukom. Ang warrant ng { -ice }, nang mag-isa, ay hindi nagpapahintulot sa kanila na pumasok sa mga pribadong bahagi ng lugar ng trabaho.
work-do-private = Kailangan ng mga ahente ng warrant ng hukom o ng pahintulot ng employer para pumasok sa mga bahaging hindi bukas sa publiko.
work-do-silent = Puwede kang manahimik. Hindi mo kailangang sabihin kung saan ka ipinanganak o ano ang status mo.
work-do-lawyer = Humingi ng abogado. Huwag pumirma ng anumang papel bago ka makipag-usap sa abogado.
work-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
work-dont-hide = Huwag magtago o tumakbo. Huwag labanan ang mga ahente.
work-why-warrant = Ayon sa mga gabay ng ACLU tungkol sa pag-alam ng iyong mga karapatan, ang warrant ng { -ice } na pinirmahan ng isang opisyal ay hindi nagbibigay sa mga ahente ng legal na kapangyarihang pumasok.
work-why-silence = Ibinibigay ng Konstitusyon ng U.S. sa lahat ang karapatang manahimik, anuman ang immigration status nila.
work-unsettled-employer = Nakadepende sa lugar kung ano ang puwedeng payagan ng employer mo, at kung aling mga bahagi ang itinuturing na pampubliko. Kausapin ang isang grupo para sa karapatan ng mga manggagawa o isang abogado.
