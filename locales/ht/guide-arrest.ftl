# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Arestasyon ak detansyon
arrest-summary = Imigrasyon arete oswa kenbe ou menm oswa yon moun ou renmen.
arrest-first = Rete an silans epi mande yon avoka. Pa siyen anyen.
arrest-do-lawyer = Ou gen dwa pou w gen yon avoka nan tribinal imigrasyon, men gouvènman an pa peye pou li. Mande yon lis sèvis legal gratis.
arrest-do-fear = Si ou pè retounen nan peyi ou, di ofisye a sa klèman. Mande pou w pale ak yon ofisye azil oswa ak yon jij.
arrest-do-bond = Mande avoka ou sou yon odyans pou kosyon. Yon jij ka kite w soti pandan ka ou ap kontinye. Se pa tout moun ki ka jwenn kosyon. Yon avoka ka petèt konteste detansyon ou nan yon tribinal federal tou.
arrest-do-court = Si yo ba ou yon dat pou tribinal imigrasyon, ale. Si ou manke l, jij la ka bay lòd pou yo depòte w san ou pa la.
arrest-do-consulate = Ou ka mande pou w kontakte konsila peyi ou. Ofisye yo dwe di yon moun lòt nasyon ki nan detansyon li gen dwa sa a. Pou kèk peyi, ofisye yo dwe avèti konsila a menm si ou pa mande sa. Si ou pè gouvènman peyi ou, oswa si ou gen plan pou mande azil, pale ak yon avoka anvan ou kontakte konsila ou.
arrest-do-a-number = Konnen Nimewo A (A-number) ou si ou genyen youn, epi bay fanmi ou li. Sa ede yo jwenn ou.
arrest-do-find = Pou jwenn yon moun { -ice } ap kenbe, sèvi ak "Online Detainee Locator" { -ice } la (sit pou jwenn moun ki nan detansyon). Chèche ak Nimewo A (A-number) li ak peyi kote l fèt, oswa ak non egzak li ak peyi kote l fèt.
arrest-do-line = Fanmi yo ka rele liy enfòmasyon sou detansyon { -ice } la tou: 1-888-351-4024.
arrest-dont-sign = Pa siyen okenn papye, tankou depa volontè ("voluntary departure") oswa depòtasyon ak akò ("stipulated removal"), anvan ou pale ak yon avoka.
arrest-dont-lie = Pa bay manti. Pa montre fo papye.
arrest-why-counsel = Lwa federal di yon moun ki nan yon pwosedi depòtasyon ka gen yon avoka li chwazi, men se pa gouvènman an ki peye.
arrest-why-consular = Yon trete, Konvansyon Vyèn sou Relasyon Konsilè, di otorite yo dwe di yon moun lòt nasyon ki nan detansyon, san reta, ke li ka fè yo avèti konsila li. Sa aplike kèlkeswa estati ou.
arrest-why-fear = Lwa federal di, si yon moun ki nan depòtasyon rapid di li pè retounen, yo dwe voye l bay yon ofisye azil pou yon entèvyou.
arrest-why-bond = Règleman federal yo pèmèt yon moun ki nan detansyon mande yon jij imigrasyon pou l revize detansyon li ak kosyon li. Depi 2025, jij imigrasyon yo di anpil moun ki te antre Etazini san yo pa pase nan enspeksyon pa ka jwenn kosyon. Tribinal federal yo ka egzamine si yo kenbe yon moun kont lalwa.
arrest-why-locator = Ou ka chèche sou sit la ak yon Nimewo A (A-number) ak peyi kote moun nan fèt, oswa ak yon non ak peyi kote moun nan fèt.
arrest-unsettled-silence = Li poko deside si tribinal imigrasyon ka sèvi ak silans ou kont ou. Sa ou di ka sèvi kont ou la. Mande avoka ou.
arrest-unsettled-locator = Kaz pou fè rechèch sou sit la ka chanje depi lè yo te ekri sous nou yo.
