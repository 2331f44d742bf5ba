# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Arestasyon ak detansyon
arrest-summary = Imigrasyon arete oswa kenbe ou menm oswa yon moun ou renmen.
arrest-first = Rete an silans epi mande yon avoka. Pa siyen anyen.
arrest-do-lawyer = Ou gen dwa pou w gen yon avoka nan tribinal imigrasyon, men gouvènman an pa peye pou li. Mande yon lis sèvis legal gratis.
arrest-do-consulate = Ou ka mande pou w kontakte konsila peyi ou. Ofisye yo dwe di yon moun lòt nasyon ki nan detansyon li gen dwa sa a.
arrest-do-a-number = Konnen Nimewo A ou si ou genyen youn, epi bay fanmi ou li. Sa ede yo jwenn ou.
arrest-do-find = Pou jwenn yon moun { -ice } ap kenbe, sèvi ak "Online Detainee Locator" { -ice } la (sit pou jwenn moun ki nan detansyon). Chèche ak Nimewo A li ak peyi kote l fèt, oswa ak non egzak li ak peyi kote l fèt.
arrest-do-line = Fanmi yo ka rele liy enfòmasyon sou detansyon { -ice } la tou: 1-888-351-4024.
arrest-dont-sign = Pa siyen okenn papye, tankou depa volontè ("voluntary departure") oswa depòtasyon ak akò ("stipulated removal"), anvan ou pale ak yon avoka.
arrest-dont-lie = Pa bay manti. Pa montre fo papye.
arrest-why-counsel = Lwa federal di yon moun ki nan yon pwosedi depòtasyon ka gen yon avoka li chwazi, men se pa gouvènman an ki peye.
arrest-why-consular = Yon trete, Konvansyon Vyèn sou Relasyon Konsilè, di otorite yo dwe di yon moun lòt nasyon ki nan detansyon, san reta, ke li ka fè yo avèti konsila li. Sa aplike kèlkeswa estati ou.
arrest-why-locator = Sit la pa montre moun ki gen mwens pase 18 an.
arrest-unsettled-silence = Li poko deside si tribinal imigrasyon ka sèvi ak silans ou kont ou. Mande avoka ou.
arrest-unsettled-locator = Kaz pou fè rechèch sou sit la ka chanje depi lè yo te ekri sous nou yo.
