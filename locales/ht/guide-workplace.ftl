# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Nan travay
work-summary = Ajan imigrasyon vin nan travay ou.
work-first = Rete kalm. Pa kouri.
work-do-warrant = Mande si ajan yo gen yon manda yon jij siyen. Yon manda { -ice } poukont li pa ba yo dwa antre nan zòn prive nan plas travay la.
work-do-private = Ajan yo bezwen yon manda jij, konsantman patwon an, oswa yon ijans pou yo antre nan zòn ki pa louvri pou piblik la.
work-do-silent = Ou ka rete an silans. Ou pa oblije reponn kesyon sou ki kote ou fèt oswa sou estati ou. Si ou gen papye imigrasyon Etazini ki valab epi yon ajan mande yo, montre yo.
work-do-lawyer = Mande yon avoka. Pa siyen okenn papye anvan ou pale ak yon avoka.
work-dont-lie = Pa bay manti. Pa montre fo papye.
work-dont-hide = Pa kache, pa kouri. Pa goumen ak ajan yo.
work-why-warrant = Yon manda { -ice } yon ofisye siyen, poukont li, pa kite ajan yo antre nan zòn ki pa louvri pou piblik la, sòf si patwon an dakò oswa si gen yon ijans. Yon manda fouy yon jij siyen kite yo antre.
work-why-fourth = Katriyèm Amandman an pwoteje moun kont fouy ki pa rezonab. Se pou sa ajan yo bezwen yon manda jij oswa konsantman pou yo antre nan zòn prive.
work-why-i9 = Anvan yon enspeksyon papye travay (Form I-9), anjeneral yon patwon resevwa yon avi alekri omwen 3 jou davans. Ajan yo ka sèvi tou ak yon sitasyon (subpoena) oswa yon manda pou yo jwenn papye yo pi vit.
work-why-silence = Konstitisyon Etazini bay tout moun dwa pou yo rete an silans, kèlkeswa estati imigrasyon yo.
work-unsettled-employer = Sa patwon ou ka pèmèt, ak ki zòn ki konte kòm piblik, depann de kote a. Pale ak yon gwoup dwa travayè oswa yon avoka.
