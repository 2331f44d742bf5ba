# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Nan travay
work-summary = Ajan imigrasyon vin nan travay ou.
work-first = Rete kalm. Pa kouri.
work-do-warrant = Mande si ajan yo gen yon manda yon jij siyen. Yon manda { -ice } poukont li pa ba yo dwa antre nan zòn prive nan plas travay la.
work-do-private = Ajan yo bezwen yon manda jij oswa pèmisyon patwon an pou yo antre nan zòn ki pa louvri pou piblik la.
work-do-silent = Ou ka rete an silans. Ou pa oblije di ki kote ou fèt oswa ki estati ou.
work-do-lawyer = Mande yon avoka. Pa siyen okenn papye anvan ou pale ak yon avoka.
work-dont-lie = Pa bay manti. Pa montre fo papye.
work-dont-hide = Pa kache, pa kouri. Pa goumen ak ajan yo.
work-why-warrant = Gid "konnen dwa ou" ACLU yo di yon manda { -ice } yon ofisye siyen pa bay ajan yo pouvwa legal pou yo antre.
work-why-silence = Konstitisyon Etazini bay tout moun dwa pou yo rete an silans, kèlkeswa estati imigrasyon yo.
work-unsettled-employer = Sa patwon ou ka pèmèt, ak ki zòn ki konte kòm piblik, depann de kote a. Pale ak yon gwoup dwa travayè oswa yon avoka.
