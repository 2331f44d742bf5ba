# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = Telefòn ou
phone-summary = Lapolis oswa ajan vle gade nan telefòn ou.
phone-first = Bloke telefòn ou ak yon modpas, pa ak figi ou oswa anprent dwèt ou.
phone-do-no-consent = Di ou pa bay konsantman ou pou yo fouye telefòn ou.
phone-do-passcode = Sèvi ak yon modpas ki long. Etenn debloke ak figi ak anprent dwèt anvan yon manifestasyon oswa yon vwayaj ki travèse fwontyè a.
phone-do-silent = Rete an silans. Mande yon avoka anvan ou bay nenpòt moun modpas ou.
phone-dont-unlock = Pa debloke telefòn ou pou lapolis paske yo mande w sa.
phone-dont-delete = Pa efase anyen nan telefòn ou apre lapolis oswa ajan yo fin mande w li. Kache oswa detwi enfòmasyon nan moman sa a ka yon krim.
phone-dont-fight = Pa reziste ak kò ou si yo pran telefòn nan.
phone-why-riley = Lakou Siprèm di lapolis anjeneral bezwen yon manda pou fouye done ki nan telefòn yon moun yo arete.
phone-why-biometric = Yon tribinal apèl federal te pèmèt lapolis fòse pous yon moun sou telefòn li pou debloke l. Yon modpas ou konnen pa kè ba ou plis pwoteksyon.
phone-why-border = Nan fwontyè a, ajan yo ka gade nan yon telefòn san manda. Politik { -cbp } di yon fouy debaz pa bezwen okenn soupson, epi yon fouy avanse ak zouti bezwen yon soupson rezonab oswa yon enkyetid sekirite nasyonal.
phone-unsettled-circuits = Tribinal yo pa dakò sou fouy telefòn nan fwontyè a. Kèk tribinal apèl di yon fouy ak zouti bezwen soupson rezonab. Yon lòt di li pa bezwen okenn soupson. Yo pa dakò tou sou kisa ajan yo gen dwa chèche. Sa ka chanje.
phone-unsettled-passcode = Li poko deside si lapolis ka fòse w di yo modpas ou. Yon modpas ou konnen pa kè toujou pwoteje w pi byen pase figi ou oswa anprent dwèt ou.
phone-unsettled-policy = Dapre sa yo rapòte, { -cbp } te ranplase politik li sou fouy telefòn an janvye 2026. Nou poko li nouvo politik la, kidonk règ ki pi wo yo ka te chanje.
