# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Zòn fwontyè, pòs kontwòl ak ayewopò
border-summary = Ou rete oswa ou vwayaje toupre fwontyè a, oswa ou pran avyon.
border-first = Nan pwen travèse fwontyè yo, ak nan ayewopò yo lè ou rive soti nan yon lòt peyi, règ yo diferan. Ajan yo gen plis pouvwa la.
border-do-checkpoint = Nan yon pòs kontwòl fiks, ajan yo ka kanpe chak machin epi poze kèk kesyon kout. Ou ka rete an silans.
border-do-no-search = Lwen pwen travèse fwontyè a menm, enkli nan pòs kontwòl anndan peyi a, ou ka di non si yo vle fouye machin ou. Ajan yo ka fouye kanmenm si yo gen kòz pwobab. Nan pwen travèse fwontyè a, yo ka fouye machin ou san konsantman ou.
border-do-phone = Anvan ou travèse fwontyè a, etenn debloke telefòn ak figi oswa anprent dwèt, epi pote mwens done.
border-do-papers = Si ou gen papye imigrasyon, pote yo sou ou. Granmoun ki te resevwa yo oblije pote yo.
border-do-green-card = Si ou gen yon green card, ou pa oblije siyen Fòm I-407, ki fè w renonse a green card ou. Ou ka mande pou w wè yon jij imigrasyon pito.
border-do-travel-lawyer = Si ou gen yon green card oswa yon viza epi yo te janm arete w, pale ak yon avoka anvan ou vwayaje aletranje.
border-dont-lie = Pa bay ajan fwontyè yo manti. Pa montre fo papye.
border-dont-run = Pa kouri, pa reziste.
border-why-zone = Lwa federal pèmèt ajan yo fouye machin pou chèche moun ki pa gen papye nan yon "distans rezonab" fwontyè a. Règleman fikse distans sa a a 100 mil an liy dwat.
border-why-stop = Ajan yo toujou bezwen yon soupson rezonab pou fè yon machin kanpe nan zòn fwontyè a. Pou yon patwouy k ap sikile fouye yon machin, li bezwen kòz pwobab oswa konsantman ou.
border-why-checkpoint = Lakou Siprèm pèmèt ajan yo kanpe moun yon ti moman nan pòs kontwòl fiks san soupson.
border-why-car-search = Lwen fwontyè a, ajan yo bezwen konsantman ou oswa kòz pwobab pou yo fouye yon machin, menm nan yon pòs kontwòl.
border-why-answers = Lè yo rive soti nan yon lòt peyi, sitwayen Etazini oblije reponn sèlman kesyon sou kiyès yo ye ak sou sitwayènte yo. Moun ki gen green card oblije reponn sèlman kesyon sou kiyès yo ye ak sou estati yo; si yo refize reponn lòt kesyon, sa ka fè yo pran reta. Vizitè ak moun ki gen viza ka pa jwenn dwa antre si yo pa reponn.
border-unsettled-expedited = Kounye a, depòtasyon rapid san odyans nan tribinal ka rive nenpòt kote Etazini pou moun ki pa ka montre yo gen dezan isit la. Tribinal yo chanje sa plis pase yon fwa.
border-unsettled-phones = Règ pou fouye telefòn nan fwontyè a ap chanje. Gade gid "Telefòn ou" a.
