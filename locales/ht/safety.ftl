# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Kache
quick-exit-label = Kache ekran sa a kounye a
neutral-title = Nòt
neutral-placeholder = Ekri yon nòt. Li pa sove.
neutral-new = Nouvo nòt
neutral-all = Tout nòt yo
neutral-note-1-title = Makèt
neutral-note-1-body = Diri, pwa, ze, lèt, pen, zonyon, savon.
neutral-note-2-title = Sòs pwa
neutral-note-2-body = Pwa, tomat, zonyon, lay, sèl. Kuit li pandan yon èdtan.
neutral-note-3-title = Semèn sa a
neutral-note-3-body = Peye bòdwo telefòn nan. Netwaye kwizin nan. Ranje bisiklèt la.
hide-tip-title = Kijan "Kache" mache
hide-tip-text = Peze "Kache", epi kyr ap montre yon paj nòt senp touswit. Pa gen anyen kyr sou li. Pou w tounen, fèmen kyr epi louvri l ankò.
hide-tip-ok = Mwen konprann

## Privacy
privacy-title = Vi prive ou
privacy-text = Aplikasyon sa a pa voye anyen, epi li pa bezwen entènèt. Li kenbe sèlman paramèt ou, kontak ou sove yo, ak plan ijans ou si ou fè youn. Plan ou a bloke ak PIN ou. Ou ka efase tout bagay nan Paramèt.

## The emergency plan (locked)
home-plan = Plan ijans mwen
home-plan-hint = Kontak, Nimewo A (A-number), plan fanmi. Bloke ak yon PIN.
vault-title = Plan ijans mwen
vault-intro = Kenbe kontak ijans ou yo ak plan fanmi ou isit la. Yo bloke ak yon PIN, epi yo rete sèlman sou telefòn sa a.
vault-pin-label = PIN oswa modpas
vault-pin-again = Tape l ankò
vault-pin-hint = Sèvi ak omwen 6 chif oswa lèt. Yon modpas ki pi long pi an sekirite.
vault-create = Bloke plan mwen ak PIN sa a
vault-unlock = Louvri
vault-lock = Bloke kounye a
vault-locked-note = Li bloke pou kont li lè ou kite aplikasyon an, epi apre 5 minit.
vault-pin-mismatch = De PIN yo pa menm.
vault-pin-short = Sèvi ak omwen 6 chif oswa lèt.
vault-wrong-pin = PIN an pa bon.
# Plural: Haitian Creole has only "other"; nouns do not change with the number.
vault-wait = { $seconds ->
   *[other] Tann { $seconds } segonn, epi eseye ankò.
}
vault-unreadable = Nou pa ka li plan ijans ou. Fichye a ka domaje. Aplikasyon an pa t efase l. Ou ka kenbe l, oswa efase l epi rekòmanse.
vault-erase-damaged = Efase plan ki domaje a
vault-opening = Ap louvri…
vault-save = Sove epi bloke
vault-saved = Li sove. Plan ou a bloke.
vault-name-label = Non ou
vault-a-number-label = Nimewo A (A-number) ou, si ou genyen youn
vault-contacts-heading = Kontak ijans
vault-contact-name = Non
vault-contact-phone = Nimewo telefòn
vault-add-contact = Ajoute yon kontak
vault-remove-contact = Retire
vault-plan-heading = Plan fanmi
vault-children-label = Kiyès k ap al chèche timoun yo
vault-documents-label = Ki kote papye enpòtan yo ye
vault-lawyer-name-label = Non avoka a
vault-lawyer-phone-label = Nimewo telefòn avoka a
vault-notes-label = Lòt nòt
vault-phone-invalid = Nimewo telefòn sa a pa sanble l bon: { $phone }
vault-too-long = Sa twò long. Tanpri, fè l pi kout.
vault-print = Enprime plan fanmi an
vault-print-title = Plan ijans fanmi an
vault-print-note = Kenbe papye sa a lakay ou, kote fanmi ou ka jwenn li.

## "I've been detained" message
detained-button = Yo mete m nan detansyon: voye yon mesaj
detained-title = Voye yon mesaj pou mande èd
detained-explain = Sa louvri mesaj tèks telefòn ou, ak yon mesaj ki deja pare. Se ou ki chwazi si w ap voye l. Aplikasyon sa a pa voye anyen.
detained-place-label = Ki kote y ap mennen w? (si ou konnen)
detained-to = Pou
detained-send = Louvri mesaj tèks mwen yo
detained-no-contacts = Anvan, ajoute yon kontak ijans nan plan ou.
detained-msg-intro = Se { $name }. Imigrasyon mete m nan detansyon.
detained-msg-a-number = Nimewo A (A-number) mwen se { $anumber }.
detained-msg-lawyer = Tanpri rele avoka m, { $lawyer }, nan { $phone }.
detained-msg-no-lawyer = Tanpri ede m jwenn yon avoka.
detained-msg-place = Kote y ap mennen m: { $place }.

## Second PIN for danger
duress-title = Yon dezyèm PIN pou danje (ou ka sote etap sa a)
duress-explain = Si yon moun ki pa ofisye, tankou yon moun k ap maltrete w, fòse w louvri plan ou, tape dezyèm PIN sa a pito. Li louvri yon plan ki vid. Pèsonn pa ka wè gen yon dezyèm PIN.
officials-no-hiding = Pa sèvi ak dezyèm PIN nan epi pa efase plan ou apre lapolis oswa ajan imigrasyon fin mande pou yo wè telefòn ou oswa aplikasyon sa a. Kache oswa efase enfòmasyon nan moman sa a ka yon krim. Di: "Mwen pa bay konsantman m pou yon fouy." Epi mande yon avoka.
duress-pin-label = Dezyèm PIN
duress-wipe-label = Efase vrè plan mwen an tou lè yo sèvi ak dezyèm PIN an
duress-wipe-warning = Si ou chwazi sa, vrè plan ou a ap disparèt pou tout tan lè yo sèvi ak dezyèm PIN an. Pa gen mwayen pou fè l tounen.
duress-set = Mete dezyèm PIN an
duress-confirm = Mwen konprann. Mete dezyèm PIN an.
duress-same = Dezyèm PIN an dwe diferan de PIN ou.
duress-done = Dezyèm PIN an pare.

## Erase everything
wipe-title = Efase tout bagay
wipe-explain = Sa efase plan ijans ou, kontak ou sove yo, kontak ki te ajoute soti nan fichye yo, pake klinik yo ak paramèt ou sou telefòn sa a. Gid yo rete. Pa gen mwayen pou anile sa.
wipe-button = Efase tout bagay
wipe-confirm = Wi, efase tout bagay kounye a
wipe-cancel = Anile
wipe-done = Tout sa ou te sove efase.

## Errors
error-vault-locked = Plan ou a bloke. Louvri l ak PIN ou.
error-vault-exists = Ou gen yon plan deja. Louvri l ak PIN ou.
error-vault-unreadable = Nou pa ka li plan ijans ou. Aplikasyon an pa t efase l.
