# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = Kisa ki ekri anlè papye a?
warrant-h-top = Mande yo glise l anba pòt la oswa kenbe l devan yon fenèt. Pa louvri pòt la.
warrant-a-top-court = Non yon tribinal, tankou "United States District Court" (Tribinal Distri Etazini)
warrant-a-top-dhs = "{ -dhs-on-papers }", oswa fòm I-200 oswa I-205
warrant-a-unsure = Mwen pa ka di
warrant-q-signed = Kiyès ki siyen l?
warrant-h-signed = Gade anba papye a. Tit moun ki siyen an enprime anba siyati a.
warrant-a-signed-judge = Yon jij oswa yon "magistrate judge" (jij majistra)
warrant-a-signed-officer = Yon ofisye oswa yon ajan imigrasyon
warrant-q-name = Èske se pou ou oswa pou kay ou, ak non an ak adrès la byen ekri?
warrant-h-name = Verifye non moun nan ak adrès la.
warrant-a-name-yes = Wi, yo kòrèk
warrant-a-name-no = Non, non moun nan oswa adrès la pa bon
warrant-q-allows = Kisa li pèmèt yo fè?
warrant-h-allows = Chèche mo "search" (fouye) oswa "arrest" (arete).
warrant-a-allows-search = Fouye yon kote. Adrès mwen ekri ladan l.
warrant-a-allows-arrest = Arete yon moun. Li bay non yon moun.

warrant-r-admin-title = Sa a se yon manda { -ice }, se pa yon manda jij.
warrant-r-admin-1 = Se yon ofisye imigrasyon ki siyen l, se pa yon jij.
warrant-r-admin-2 = Kenbe pòt la fèmen. Di yo ou pa bay konsantman ou pou yo antre.
warrant-r-admin-3 = Yon memo { -ice } ki soti nan mwa me 2025 di ajan yo ka antre pa fòs ak yon manda I-205 pou arete yon moun ki gen yon lòd final depòtasyon. Gen moun k ap konteste sa nan tribinal. Si ajan yo antre kanmenm, pa goumen. Rete an silans epi mande yon avoka.
warrant-r-unsure-title = Ou pa ka sèten kisa papye sa a ye.
warrant-r-unsure-1 = Kenbe pòt la fèmen. Yon manda ki soti nan men yon jij gen non yon tribinal anlè l, epi se yon jij ki siyen l.
warrant-r-unsure-2 = Si ou kapab, rele yon avoka oswa yon liy telefòn repons rapid kounye a.
warrant-r-wrong-title = Manda sa a ka pa pou ou oswa pou kay ou.
warrant-r-wrong-1 = Di yo atravè pòt fèmen an ke non moun nan oswa adrès la pa bon. Pa louvri pòt la.
warrant-r-wrong-2 = Si yo antre kanmenm, pa goumen. Rete an silans. Sonje sa k te pase epi ekri l pita.
warrant-r-search-title = Yon manda fouy yon jij bay pèmèt yo antre epi fouye.
warrant-r-search-1 = Yo ka fouye kote ki ekri sou manda a. Pa bare chemen yo, pa goumen.
warrant-r-search-2 = Ou toujou ka rete an silans. Ou pa oblije di ki kote ou fèt oswa ki estati ou.
warrant-r-search-3 = Mande yon kopi manda a. Rele yon avoka pi vit ou kapab.
warrant-r-arrest-title = Yon manda arestasyon yon jij bay pèmèt yo arete moun ki nonmen ladan l.
warrant-r-arrest-1 = Manda a se pou moun sa a. Rete kalm, pa goumen.
warrant-r-arrest-2 = Si ou pa sèten kisa li pèmèt yo fè, kenbe pòt la fèmen epi rele yon avoka. Rete an silans epi pa siyen anyen.
