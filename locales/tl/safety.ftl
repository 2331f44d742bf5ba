# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Itago
quick-exit-label = Itago agad ang screen na ito
neutral-title = Mga tala
neutral-placeholder = Magsulat ng tala. Hindi ito nase-save.
neutral-new = Bagong tala
neutral-all = Lahat ng tala
neutral-note-1-title = Mga bibilhin
neutral-note-1-body = Bigas, itlog, gatas, tinapay, sibuyas, bawang, sabon.
neutral-note-2-title = Ginisang monggo
neutral-note-2-body = Monggo, kamatis, sibuyas, bawang, asin. Lutuin nang isang oras.
neutral-note-3-title = Ngayong linggo
neutral-note-3-body = Bayaran ang bill ng telepono. Linisin ang kusina. Ayusin ang bisikleta.
hide-tip-title = Paano gumagana ang Itago
hide-tip-text = I-tap ang Itago at agad na magpapakita ang kyr ng isang simpleng pahina ng mga tala. Walang anuman mula sa kyr doon. Para bumalik, isara ang kyr at buksan ito ulit.
hide-tip-ok = Sige

## Privacy
privacy-title = Ang privacy mo
privacy-text = Walang ipinapadala ang app na ito at hindi nito kailangan ng internet. Ang itinatago lang nito ay ang mga setting mo, ang mga contact na sine-save mo, at ang emergency plan mo kung gagawa ka nito. Naka-lock ang plano mo gamit ang PIN mo. Puwede mong burahin ang lahat sa Mga setting.

## The emergency plan (locked)
home-plan = Emergency plan ko
home-plan-hint = Mga contact, numerong A (A-number), plano ng pamilya. Naka-lock gamit ang PIN.
vault-title = Emergency plan ko
vault-intro = Itago rito ang mga emergency contact mo at ang plano ng pamilya mo. Naka-lock ang mga ito gamit ang PIN at nasa teleponong ito lang.
vault-pin-label = PIN o passphrase
vault-pin-again = I-type ulit
vault-pin-hint = Gumamit ng hindi bababa sa 6 na numero o letra. Mas ligtas ang mas mahabang passphrase.
vault-create = I-lock ang plano ko gamit ang PIN na ito
vault-unlock = Buksan
vault-lock = I-lock na ngayon
vault-locked-note = Kusa itong nagla-lock kapag umalis ka sa app, at pagkalipas ng 5 minuto.
vault-pin-mismatch = Hindi magkapareho ang dalawang PIN.
vault-pin-short = Gumamit ng hindi bababa sa 6 na numero o letra.
vault-wrong-pin = Mali ang PIN.
vault-wait = { $seconds ->
    [one] Maghintay ng { $seconds } segundo, saka subukan ulit.
   *[other] Maghintay ng { $seconds } segundo, saka subukan ulit.
}
vault-unreadable = Hindi mabasa ang emergency plan mo. Baka sira ang file. Hindi ito binura. Puwede mo itong itago, o burahin ito at magsimula ulit.
vault-erase-damaged = Burahin ang sirang plano
vault-opening = Binubuksan…
vault-save = I-save at i-lock
vault-saved = Na-save na. Naka-lock ang plano mo.
vault-name-label = Pangalan mo
vault-a-number-label = Ang iyong numerong A (A-number), kung mayroon ka
vault-contacts-heading = Mga emergency contact
vault-contact-name = Pangalan
vault-contact-phone = Numero ng telepono
vault-add-contact = Magdagdag ng contact
vault-remove-contact = Alisin
vault-plan-heading = Plano ng pamilya
vault-children-label = Sino ang susundo sa mga bata
vault-documents-label = Nasaan ang mahahalagang papeles
vault-lawyer-name-label = Pangalan ng abogado
vault-lawyer-phone-label = Numero ng telepono ng abogado
vault-notes-label = Iba pang tala
vault-phone-invalid = Mukhang mali ang numero ng teleponong ito: { $phone }
vault-too-long = Masyadong mahaba ito. Pakipaikli.
vault-print = I-print ang plano ng pamilya
vault-print-title = Emergency plan ng pamilya
vault-print-note = Itago ang papel na ito sa bahay, kung saan ito makikita ng pamilya mo.

## "I've been detained" message
detained-button = Nakulong ako: magpadala ng mensahe
detained-title = Magpadala ng mensahe para humingi ng tulong
detained-explain = Bubuksan nito ang text messages ng telepono mo, na may nakahanda nang mensahe. Ikaw ang magpapasya kung ipapadala ito. Walang ipinapadala ang app na ito.
detained-place-label = Saan ka nila dadalhin? (kung alam mo)
detained-to = Para kay
detained-send = Buksan ang text messages ko
detained-no-contacts = Magdagdag muna ng emergency contact sa plano mo.
detained-msg-intro = Si { $name } ito. Ikinulong ako ng immigration.
detained-msg-a-number = Ang aking numerong A (A-number) ay { $anumber }.
detained-msg-lawyer = Pakitawagan ang abogado ko, si { $lawyer }, sa { $phone }.
detained-msg-no-lawyer = Pakitulungan akong maghanap ng abogado.
detained-msg-place = Dadalhin nila ako sa: { $place }.

## Second PIN for danger
duress-title = Pangalawang PIN para sa panganib (puwede mo itong laktawan)
duress-explain = Kung may taong hindi opisyal, gaya ng isang nang-aabuso, na pumilit sa iyong buksan ang plano mo, ang pangalawang PIN na ito ang i-type mo. Magbubukas ito ng planong walang laman. Walang makakaalam na may pangalawang PIN.
officials-no-hiding = Huwag gamitin ang pangalawang PIN o burahin ang plano mo matapos hilingin ng pulis o ng mga opisyal ng imigrasyon na makita ang telepono mo o ang app na ito. Sa puntong iyon, puwedeng maging krimen ang pagtatago o pagbura ng impormasyon. Sabihin: "Hindi po ako pumapayag sa paghalughog." At humingi ng abogado.
duress-pin-label = Pangalawang PIN
duress-wipe-label = Burahin din ang totoong plano ko kapag ginamit ang pangalawang PIN
duress-wipe-warning = Kung pipiliin mo ito, mawawala nang tuluyan ang totoong plano mo kapag ginamit ang pangalawang PIN. Hindi na ito maibabalik.
duress-set = Itakda ang pangalawang PIN
duress-confirm = Naiintindihan ko. Itakda ang pangalawang PIN.
duress-same = Dapat iba ang pangalawang PIN sa PIN mo.
duress-done = Naitakda na ang pangalawang PIN.

## Erase everything
wipe-title = Burahin ang lahat
wipe-explain = Buburahin nito sa teleponong ito ang emergency plan mo, ang mga naka-save mong contact, ang mga contact na idinagdag mula sa mga file, ang mga pakete ng klinika at ang mga setting mo. Mananatili ang mga gabay. Hindi na ito maibabalik.
wipe-button = Burahin ang lahat
wipe-confirm = Oo, burahin na ang lahat ngayon
wipe-cancel = Kanselahin
wipe-done = Nabura na ang lahat ng na-save mo.

## Errors
error-vault-locked = Naka-lock ang plano mo. Buksan ito gamit ang PIN mo.
error-vault-exists = May plano ka na. Buksan ito gamit ang PIN mo.
error-vault-unreadable = Hindi mabasa ang emergency plan mo. Hindi ito binura.
