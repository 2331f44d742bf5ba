# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Manifestasyon ak anrejistreman
protest-summary = Ou mache nan yon manifestasyon, ou gade ajan, oswa ou anrejistre yo an piblik.
protest-first = Konnen risk la anvan ou ale. Nenpòt kontak ak lapolis ka lakòz pwoblèm imigrasyon, menm san arestasyon.
protest-do-record = Ou ka anrejistre lapolis ak ajan k ap fè travay yo an piblik. Rete osi lwen yo di w la. Pa bare chemen yo.
protest-do-phone = Anvan yon manifestasyon, etenn debloke ak figi ak anprent dwèt. Sèvi ak yon modpas pito.
protest-do-silent = Si lapolis kanpe w, ou ka rete an silans epi mande yon avoka.
protest-do-plan = Ale ak zanmi. Aprann pa kè nimewo telefòn yon moun pou w rele si yo arete w.
protest-dont-fight = Pa goumen, pa reziste, menm si ou panse yon arestasyon pa jis.
protest-dont-carry = Pa pote papye ki soti nan yon lòt peyi sou ou, epi pa janm montre fo papye.
protest-dont-sign = Pa siyen anyen anvan ou pale ak yon avoka.
protest-why-speech = Premye Amandman an pwoteje manifestasyon pasifik pou tout moun ki Etazini. Manifestasyon pasifik pa sou lis rezon pou depòtasyon. Men, yon arestasyon oswa yon akizasyon kriminèl ka mennen nan depòtasyon.
protest-why-record = Plizyè tribinal apèl federal di Premye Amandman an pwoteje dwa pou anrejistre ofisyèl k ap travay an piblik, ak limit rezonab.
protest-why-passcode = Yon modpas ou konnen pa kè ba ou plis pwoteksyon legal pase debloke ak figi oswa anprent dwèt.
protest-unsettled-courts = Tribinal yo pa toujou pwoteje libète lapawòl imigran yo menm jan.
protest-unsettled-visas = Depi 2025, gouvènman an anile viza epi li eseye depòte kèk moun ki pa sitwayen, tankou etidyan ak moun ki gen green card, akoz manifestasyon oswa akoz sa yo te di. Tribinal yo ap deside si sa legal. Si ou pa sitwayen Etazini, e sitou si ou gen yon viza, pale ak yon avoka anvan ou ale.
protest-unsettled-impeding = Bloke yon ofisye federal oswa entèfere nan travay li se yon krim. Kenbe distans ou lè w ap anrejistre.
protest-unsettled-scans = Videyo montre ajan k ap vize manifestan ak telefòn. Petèt se eskanaj figi. Gade gid sou eskanaj figi ak anprent dwèt.
protest-unsettled-record = Se pa tout tribinal ki deja deside sou anrejistreman, epi li mwens klè kijan desizyon sa yo aplike pou ajan federal.
