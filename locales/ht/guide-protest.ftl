# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Manifestasyon ak anrejistreman
protest-summary = Ou mache nan yon manifestasyon, ou gade ajan, oswa ou anrejistre yo an piblik.
protest-first = Konnen risk la anvan ou ale. Nenpòt kontak ak lapolis ka lakòz pwoblèm imigrasyon, menm san arestasyon.
protest-do-record = Ou ka anrejistre lapolis ak ajan k ap fè travay yo an piblik, depi yon distans ki an sekirite. Pa bare chemen yo.
protest-do-phone = Anvan yon manifestasyon, etenn debloke ak figi ak anprent dwèt. Sèvi ak yon modpas pito.
protest-do-silent = Si lapolis kanpe w, ou ka rete an silans epi mande yon avoka.
protest-do-plan = Ale ak zanmi. Aprann pa kè nimewo telefòn yon moun pou w rele si yo arete w.
protest-dont-fight = Pa goumen, pa reziste, menm si ou panse yon arestasyon pa jis.
protest-dont-carry = Pa pote papye ki soti nan yon lòt peyi sou ou, epi pa janm montre fo papye.
protest-dont-sign = Pa siyen anyen anvan ou pale ak yon avoka.
protest-why-speech = Premye Amandman an pwoteje manifestasyon pasifik pou tout moun ki Etazini. Patisipe nan yon manifestasyon pasifik pa yon rezon pou depòtasyon, men yon arestasyon oswa yon akizasyon kriminèl ka yon rezon.
protest-why-record = Plizyè tribinal apèl federal di Premye Amandman an pwoteje dwa pou anrejistre ofisyèl k ap travay an piblik, ak limit rezonab.
protest-why-passcode = Yon modpas ou konnen pa kè ba ou plis pwoteksyon legal pase debloke ak figi oswa anprent dwèt.
protest-unsettled-courts = Tribinal yo pa toujou pwoteje libète lapawòl imigran yo menm jan.
protest-unsettled-scans = Videyo montre ajan k ap vize manifestan ak telefòn. Petèt se eskanaj figi. Gade gid sou eskanaj figi ak anprent dwèt.
protest-unsettled-record = Se pa tout tribinal ki deja deside sou anrejistreman, epi li mwens klè kijan desizyon sa yo aplike pou ajan federal.
