# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = Ang telepono mo
phone-summary = Gustong tingnan ng pulis o ng mga opisyal ang telepono mo.
phone-first = I-lock ang telepono mo gamit ang passcode, hindi ang mukha o fingerprint mo.
phone-do-no-consent = Sabihin na hindi ka pumapayag na halughugin ang telepono mo.
phone-do-passcode = Gumamit ng mahabang passcode. I-off ang face unlock at fingerprint unlock bago ang isang protesta o isang biyaheng tatawid sa border.
phone-do-silent = Manahimik. Humingi ng abogado bago mo ibigay kaninuman ang passcode mo.
phone-dont-unlock = Huwag i-unlock ang telepono mo para sa pulis dahil lang hiniling nila.
phone-dont-delete = Huwag magbura ng kahit ano sa telepono mo matapos itong hingin ng pulis o ng mga opisyal. Sa puntong iyon, puwedeng maging krimen ang pagtatago o pagsira ng impormasyon.
phone-dont-fight = Huwag pisikal na manlaban kung kunin nila ang telepono.
phone-why-riley = Ayon sa Korte Suprema, karaniwang kailangan ng pulis ng warrant para halughugin ang data sa telepono ng taong inaresto nila.
phone-why-biometric = Pinayagan ng isang pederal na korte ng apela ang pulis na puwersahang idiin ang hinlalaki ng isang tao sa telepono niya para i-unlock ito. Mas matibay na proteksyon ang ibinibigay ng passcode na nakasaulo.
phone-why-border = Sa border, puwedeng tingnan ng mga opisyal ang laman ng telepono nang walang warrant. Ayon sa patakaran ng { -cbp }, hindi kailangan ng hinala para sa basic search (simpleng paghalughog), at ang advanced search (masusing paghalughog gamit ang mga tool) ay nangangailangan ng makatwirang hinala o ng alalahanin sa pambansang seguridad.
phone-unsettled-circuits = Hindi nagkakasundo ang mga korte tungkol sa paghalughog ng telepono sa border. Ayon sa ilang korte ng apela, kailangan ng makatwirang hinala para sa paghalughog gamit ang mga tool. Ayon sa isa pa, hindi kailangan ng anumang hinala. Hindi rin sila nagkakasundo kung ano ang puwedeng hanapin ng mga opisyal. Maaaring magbago ito.
phone-unsettled-passcode = Hindi pa malinaw kung puwede kang pilitin ng pulis na sabihin sa kanila ang passcode mo. Mas pinoprotektahan ka pa rin ng passcode na nakasaulo kaysa sa mukha o fingerprint mo.
phone-unsettled-policy = Ayon sa mga ulat, pinalitan ng { -cbp } ang patakaran nito sa paghalughog ng telepono noong Enero 2026. Hindi pa namin nababasa ang bagong patakaran, kaya maaaring nagbago na ang mga patakaran sa itaas.
