# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Zòn fwontyè, pòs kontwòl ak ayewopò
border-summary = Ou rete oswa ou vwayaje toupre fwontyè a, oswa ou pran avyon.
border-first = Nan fwontyè a ak nan ayewopò yo, règ yo diferan. Ajan yo gen plis pouvwa la.
border-do-checkpoint = Nan yon pòs kontwòl fiks, ajan yo ka kanpe chak machin epi poze kèk kesyon kout. Ou ka rete an silans.
border-do-no-search = Lwen yon pòs kontwòl, ou ka di non si yo vle fouye machin ou.
border-do-phone = Anvan ou travèse fwontyè a, etenn debloke telefòn ak figi oswa anprent dwèt, epi pote mwens done.
border-do-papers = Si ou gen papye imigrasyon, pote yo sou ou. Granmoun ki te resevwa yo oblije pote yo.
border-dont-lie = Pa bay ajan fwontyè yo manti. Pa montre fo papye.
border-dont-run = Pa kouri, pa reziste.
border-why-zone = Lwa federal pèmèt ajan yo fouye machin pou chèche moun ki pa gen papye nan yon "distans rezonab" (reasonable distance) fwontyè a. Règleman fikse distans sa a a 100 mil an liy dwat.
border-why-stop = Ajan yo toujou bezwen yon soupson rezonab pou fè yon machin kanpe nan zòn fwontyè a. Pou yon patwouy k ap sikile fouye yon machin, li bezwen kòz pwobab oswa konsantman ou.
border-why-checkpoint = Lakou Siprèm pèmèt ajan yo kanpe moun yon ti moman nan pòs kontwòl fiks san soupson.
border-unsettled-expedited = Kounye a, depòtasyon rapid san odyans nan tribinal ka rive nenpòt kote Etazini pou moun ki pa ka montre yo gen dezan isit la. Tribinal yo chanje sa plis pase yon fwa.
border-unsettled-phones = Règ pou fouye telefòn nan fwontyè a ap chanje. Gade gid "Telefòn ou" a.
