# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Aplikasyon sa a bay enfòmasyon legal, se pa konsèy legal. Pale ak yon avoka sou ka ou. Pou jwenn èd gratis oswa ki pa koute chè, louvri "Jwenn èd legal" nan aplikasyon sa a. Tribinal imigrasyon yo pibliye tou yon lis òganizasyon ki bay sèvis legal gratis.

## Stopped right now?

right-now-title = Yo kanpe w kounye a?
right-now-summary = Etap ki pi enpòtan yo, nan lòd.
right-now-first = Rete kalm. Pa kouri. Kenbe men ou kote ajan yo ka wè yo.
right-now-do-free-to-go = Mande si ou lib pou w ale. Si yo di wi, mache ale dousman.
right-now-do-silent = Ou ka rete an silans. Di awotvwa ke w ap rete an silans.
right-now-do-name = Nan kèk eta, ou dwe di lapolis non ou si yo kanpe w paske yo sispèk yon krim. Pa janm bay yon fo non.
right-now-do-papers = Si ou gen papye imigrasyon Etazini ki valab epi yon ajan imigrasyon mande yo, montre yo. Pa montre papye ki soti nan yon lòt peyi.
right-now-do-no-search = Si yo mande pou yo fouye w oswa fouye afè ou, ou ka di non. Lapolis ka toujou tate rad ou pa deyò pou chèche zam. Pa reziste. Di: "Mwen pa bay konsantman m pou yon fouy."
right-now-do-lawyer = Mande yon avoka. Pa siyen okenn papye anvan ou pale ak yon avoka.
right-now-dont-run = Pa kouri, pa pouse, pa goumen, menm si ou panse yo pa gen rezon kanpe w.
right-now-dont-lie = Pa bay manti, epi pa montre fo papye. Bay yon ajan federal manti se yon krim.

## On the street

street-title = Nan lari
street-summary = Lapolis oswa ajan imigrasyon kanpe w nan yon kote piblik.
street-first = Rete kalm. Pa kouri. Mande si ou lib pou w ale.
street-do-free-to-go = Si yo di ou lib pou w ale, mache ale dousman.
street-do-silent = Ou ka rete an silans. Di awotvwa ke w ap rete an silans.
street-do-name = Nan kèk eta, ou dwe bay non ou si lapolis kanpe w paske yo sispèk ou nan yon krim. Pa janm bay yon fo non. Ou pa oblije reponn kesyon sou ki kote ou fèt oswa sou estati imigrasyon ou.
street-do-no-search = Si yo mande pou yo fouye w oswa fouye sak ou, ou ka di non. Lapolis ka toujou tate rad ou pa deyò pou chèche zam. Pa reziste.
street-do-carry-papers = Si ou gen 18 an oswa plis epi Etazini te ba ou papye imigrasyon, tankou yon green card, pote yo sou ou.
street-do-show-papers = Si ou gen papye imigrasyon Etazini ki valab epi yon ajan imigrasyon mande yo, montre yo. Pa montre papye ki soti nan yon lòt peyi.
street-do-ask-agency = Mande yo ki ajans yo soti. Pafwa ajan imigrasyon mete vès ki ekri "POLICE" sou yo oswa yo di se lapolis yo ye.
street-dont-run = Pa kouri, pa pouse, pa goumen, menm si ou panse yo pa gen rezon kanpe w.
street-dont-lie = Pa bay manti. Pa montre fo papye.
street-dont-foreign-papers = Si ou pa gen estati legal, pa pote papye ki soti nan yon lòt peyi sou ou, tankou yon paspò. Pa ofri ajan yo papye sa yo. Si ou gen yon lòd depòtasyon, mande yon avoka anvan ou refize yon demann pou papye vwayaj.
street-dont-sign = Pa siyen okenn papye anvan ou pale ak yon avoka.
street-why-silence = Konstitisyon Etazini bay tout moun ki nan peyi a dwa pou yo rete an silans, kèlkeswa estati imigrasyon yo.
street-why-name = Lakou Siprèm pèmèt eta yo fòse w bay non ou lè lapolis kanpe w legalman paske yo sispèk yon krim. Kèk eta mande plis, tankou adrès ou. Ou toujou ka rete an silans sou ki kote ou fèt ak sou estati imigrasyon ou.
street-why-carry = Yon lwa federal di moun ki gen 18 an oswa plis ki pa sitwayen dwe toujou pote sou yo papye imigrasyon yo te resevwa. Si yo pa pote yo, se yon krim.
street-why-frisk = Lapolis ka tate rad ou pa deyò si yo gen yon rezon rezonab pou yo panse ou gen yon zam. Sa pa yon fouy konplè.
street-why-fourth = Katriyèm Amandman an pwoteje tout moun ki Etazini kont fouy ak sezi ki pa rezonab. Se pou sa ou ka di non pou yon fouy.
street-why-lie = Bay yon ajan federal manti se yon krim. Di ou se sitwayen Etazini lè ou pa sitwayen se yon krim tou, epi sa ka anpeche w janm jwenn estati legal. Montre fo papye se yon krim tou.
street-why-run = Si ou kouri ale, sa ka bay lapolis yon rezon pou kanpe w. Goumen ak yon ofisye federal oswa bloke l se yon krim.
street-why-287g = Nan kèk kote, lapolis lokal oswa cherif yo gen yon akò ak { -ice }, ki rele 287(g), pou fè kèk travay imigrasyon. Ou gen menm dwa yo avèk yo.
street-unsettled-name-states = Se kèk eta sèlman ki gen yon lwa ki fòse w bay non ou. Lis eta sa yo pa dakò youn ak lòt. Mande yon avoka nan zòn ou sou eta pa w.
street-unsettled-expedited = Depi janvye 2025, gouvènman an di li ka sèvi ak yon pwosesis depòtasyon rapid ("expedited removal") nenpòt kote Etazini pou moun ki pa ka montre yo gen dezan ap viv isit la. Tribinal yo chanje sa plis pase yon fwa. Si ou pè retounen nan peyi ou, di ofisye a sa klèman, epi mande pou w pale ak yon ofisye azil. Kèk avoka di pou w kenbe prèv ki montre depi konbyen tan w ap viv isit la, tankou dosye taks, souch chèk pewòl oswa kontra lwaye. Men, pote prèv sa yo sou ou ka lakòz pwoblèm tou. Mande yon avoka kisa ki bon pou ou.
street-unsettled-border = Nan pwen travèse fwontyè yo, ak lè ou rive nan yon ayewopò soti nan yon lòt peyi, se lòt règ ki aplike. Gade gid sou fwontyè a.
street-unsettled-federal = Lwa eta yo sou bay non ou ekri pou lapolis. Li pa klè kijan yo aplike pou ajan imigrasyon federal. Ou toujou ka rete an silans sou ki kote ou fèt ak sou estati ou.
street-unsettled-roving = An septanm 2025, Lakou Siprèm te kite ajan imigrasyon nan Sid California kontinye kanpe moun pandan yon pwosè nan tribinal ap deside si kanpe moun akoz jan yo parèt, lang yo pale, kote yo ye oswa travay yo fè, legal. Ajan yo toujou bezwen yon soupson rezonab pou yo kanpe w.

## Agents at your door

door-title = Ajan devan pòt ou
door-summary = Lapolis oswa { -ice } frape pòt kay ou.
door-first = Pa louvri pòt la. Ou ka pale atravè pòt fèmen an.
door-do-ask-who = Mande yo kiyès yo ye, ki ajans yo soti, epi poukisa yo la. Mande yo montre ID yo atravè yon fenèt.
door-do-slide-warrant = Mande yo glise manda a anba pòt la oswa kenbe l devan yon fenèt.
door-do-judge = Yon manda ki soti nan men yon jij gen non yon tribinal anlè l. Se yon jij ki siyen l.
door-do-ice-form = Yon manda { -ice } ekri "{ -dhs-on-papers }" anlè l. Se yon ofisye { -ice } ki siyen l, se pa yon jij. Fòm I-200 ak I-205 se manda { -ice }.
door-do-silent = Ou ka rete an silans. Ou pa oblije reponn kesyon yo.
door-dont-open = Pa louvri pòt la pou w wè papye a oswa pou w pale.
door-dont-step-out = Pa sòti deyò pou w pale. Pafwa ajan yo eseye fè moun sòti deyò pou yo ka arete yo.
door-dont-resist = Si ajan yo antre kanmenm, pa pouse yo, pa goumen ak yo. Di yo ou pa bay konsantman ou, epi rete kalm.
door-dont-lie = Pa bay manti. Pa montre fo papye.
door-dont-sign = Pa siyen okenn papye anvan ou pale ak yon avoka.
door-why-payton = Lapolis pa ka antre lakay ou pou arete w san yon manda yon jij siyen, sòf si ou dakò oswa si gen yon ijans. Gade nòt ki anba a sou yon memo { -ice }.
door-why-fourth = Katriyèm Amandman an pwoteje kay ou kont fouy ki pa rezonab. Se pou sa yon manda jij, oswa konsantman ou, enpòtan.
door-why-arrest-warrant = Yon manda arestasyon yon jij bay pèmèt ofisye yo antre lakay moun ki nonmen ladan l lan lè yo kwè moun nan anndan. Pou yo fouye lakay yon lòt moun pou chèche moun sa a, yo bezwen yon manda fouy, konsantman oswa yon ijans.
door-why-ruse = Pafwa ajan imigrasyon abiye tankou lapolis oswa yo di se lapolis yo ye, pou fè moun louvri pòt la oswa sòti deyò.
door-why-ice-forms = Manda { -ice } yo (fòm I-200 ak I-205) se ofisye imigrasyon ki siyen yo, se pa jij.
door-why-silence = Konstitisyon Etazini bay tout moun dwa pou yo rete an silans, kèlkeswa estati imigrasyon yo.
door-unsettled-memo = Yon memo { -ice } ki date 12 me 2025 di ajan yo ka antre nan yon kay pa fòs ak yon manda I-205 pou arete yon moun ki gen yon lòd final depòtasyon. Sa kontrè ak sa { -ice } te aprann ofisye li yo anvan. Gen moun k ap konteste sa nan tribinal. Kanmenm, pa louvri pòt la, epi di ou pa bay konsantman ou.

## Face or fingerprint scan

scan-title = Eskanaj figi oswa anprent dwèt
scan-summary = Yon ajan vize figi ou ak yon telefòn oswa li mande w dwèt ou.
scan-first = Rete kalm. Pa kouri. Pa pouse telefòn nan ale.
scan-do-say-no-consent = Ou ka di ou pa bay konsantman ou pou eskanaj la.
scan-do-silent = Ou ka rete an silans sou ki kote ou fèt ak sou estati imigrasyon ou.
scan-do-free-to-go = Mande si ou lib pou w ale.
scan-do-lawyer = Mande yon avoka.
scan-do-carry = Si ou gen yon green card epi ou gen 18 an oswa plis, lalwa di pou w pote l sou ou. Sitwayen Etazini pa oblije pote prèv sitwayènte. Yon manm Kongrè a di { -ice } di ofisye li yo yo ka inyore prèv sitwayènte, tankou yon ak nesans, si { -mobile-fortify } di moun nan pa sitwayen.
scan-do-write-down = Apre sa, ekri sa k te pase: lè a, kote a, sa ajan yo te di, non yo oswa nimewo badj yo, plak machin yo, epi si yo te eskane figi ou oswa dwèt ou.
scan-dont-resist = Pa goumen, pa kouri, menm si ou panse eskanaj la pa jis.
scan-dont-lie = Pa bay manti. Pa montre fo papye.
scan-why-what = Ajan { -ice } yo sèvi ak yon aplikasyon telefòn ki rele { -mobile-fortify }. Yo vize yon figi ak telefòn nan, yo pran yon foto san yo pa mande, epi yo chèche nan baz done gouvènman an nan kèk segond.
scan-why-databases = { -mobile-fortify } ka li anprent dwèt tou san li pa touche dwèt yo. Prensipal baz done gouvènman an pou anprent dwèt ak figi gen dosye sou plis pase 270 milyon moun.
scan-why-kept = Yon dokiman { -dhs } di yo kenbe foto yo pandan 15 an, menm foto sitwayen Etazini.
scan-why-not-proof = Lè sistèm nan di yon figi koresponn, sa poukont li pa yon prèv. Yon règ { -dhs } (Directive 026-11) te di rekonesans figi pa ka sèl rezon pou yon aksyon pou aplike lalwa. Lòt ajans, tankou { -cbp } ak TSA, verifye papye lè gen dout sou rezilta a.
scan-why-errors = Rekonesans figi fè plis erè ak fanm ak moun ki pa blan.
scan-unsettled-refuse = Yon dokiman { -dhs } di { -ice } pa bay moun chans pou yo refize eskanaj la. Okenn tribinal poko di klèman si ou ka refize. Ou toujou ka di ou pa bay konsantman ou, men ajan yo ka eskane w kanmenm.
scan-unsettled-fingerprints = An 2020, { -ice } te di pran anprent dwèt ak yon ansyen aplikasyon telefòn se te yon bagay volontè. Li pa klè si sa toujou vre.
scan-unsettled-match = Gwoup dwa moun di ajan { -ice } yo ka pran rezilta eskanaj la kòm dènye mo, menm lè lòt prèv montre lòt bagay. Li pa klè si yo toujou respekte règ { -dhs } ki entèdi sèvi ak rekonesans figi sèlman.
scan-unsettled-lawsuit = An janvye 2026, Illinois ak Vil Chicago te depoze yon pwosè ki gen ladan l itilizasyon { -mobile-fortify }. Ka sa a ka chanje règ yo.
