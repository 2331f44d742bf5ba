# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = Ale nan chak check-in ak { -ice }. { -ice } pèmèt moun pran randevou pou check-in sou entènèt.
status-do-prepare = Anvan yon odyans oswa yon check-in, pale ak yon avoka, pote nimewo telefòn li sou ou, epi fè yon plan fanmi.
status-do-visa = Si ou gen yon viza, tankou yon viza etidyan, yon viza travay oswa yon viza vizitè, se lòt règ ki aplike pou ou. Pa bay manti. Mande yon avoka, oswa biwo lekòl ou a pou etidyan entènasyonal, kisa ou oblije reponn.
status-do-register = Depi avril 2025, gouvènman an mande moun ki pa t janm anrejistre pou yo anrejistre, ak Fòm G-325R. Pale ak yon avoka anvan ou anrejistre oswa anvan ou reponn yon demann pou anrejistre.
status-why-absentia = Lwa federal di, si yon moun te resevwa yon avi ekri pou yon odyans epi li pa vini, y ap bay lòd pou depòte l.
status-why-court-arrests = Depi me 2025, { -ice } arete anpil moun ki te vin nan tribinal imigrasyon, souvan touswit apre gouvènman an te mande pou yo fèmen ka yo.
status-why-register = Yon lwa federal di anpil moun ki pa sitwayen dwe anrejistre. Si yon moun fè espre pa anrejistre, sa ka yon krim. Lè ou anrejistre, ou bay gouvènman an enfòmasyon ou tou. Se pou sa ou ta dwe pale ak yon avoka anvan.
status-why-visa = Depatman Deta (State Department) ka anile yon viza nenpòt ki lè.
status-unsettled-register = Li poko klè kijan gouvènman an pral sèvi ak enfòmasyon anrejistreman yo, ni kiyès li pral akize paske yo pa anrejistre. Mande yon avoka.
status-do-court = Chèche konnen dat pwochen odyans ou nan tribinal, epi ale. Si ou manke l, jij la ka bay lòd pou yo depòte w san ou pa la.
status-first = Pa janm manke yon odyans nan tribinal imigrasyon oswa yon check-in ak { -ice }. Pale ak yon avoka anvan ou ale.
status-summary = Ou gen yon dat tribinal oswa yon check-in ak { -ice }, ou gen yon viza, oswa yo mande w anrejistre.
status-title = Dat tribinal, check-in, viza ak anrejistreman
