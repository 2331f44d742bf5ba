# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = ਲੁਕਾਓ
quick-exit-label = ਇਹ ਸਕਰੀਨ ਹੁਣੇ ਲੁਕਾਓ
neutral-title = ਨੋਟਸ
neutral-placeholder = ਕੋਈ ਨੋਟ ਲਿਖੋ। ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾਂਦਾ।
neutral-new = ਨਵਾਂ ਨੋਟ
neutral-all = ਸਾਰੇ ਨੋਟ
neutral-note-1-title = ਸੌਦਾ-ਪੱਤਾ
neutral-note-1-body = ਚੌਲ, ਦਾਲ, ਆਂਡੇ, ਦੁੱਧ, ਡਬਲ ਰੋਟੀ, ਗੰਢੇ, ਸਾਬਣ।
neutral-note-2-title = ਰਾਜਮਾਂਹ
neutral-note-2-body = ਰਾਜਮਾਂਹ, ਟਮਾਟਰ, ਗੰਢੇ, ਲਸਣ, ਲੂਣ। ਇੱਕ ਘੰਟਾ ਪਕਾਓ।
neutral-note-3-title = ਇਸ ਹਫ਼ਤੇ
neutral-note-3-body = ਫ਼ੋਨ ਦਾ ਬਿੱਲ ਭਰਨਾ। ਰਸੋਈ ਸਾਫ਼ ਕਰਨੀ। ਸਾਈਕਲ ਠੀਕ ਕਰਵਾਉਣਾ।
hide-tip-title = "ਲੁਕਾਓ" ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ
hide-tip-text = "ਲੁਕਾਓ" 'ਤੇ ਟੈਪ ਕਰੋ, ਤਾਂ kyr ਫ਼ੌਰਨ ਨੋਟਾਂ ਵਾਲਾ ਇੱਕ ਸਾਦਾ ਪੰਨਾ ਦਿਖਾਉਂਦੀ ਹੈ। ਉਸ ਉੱਤੇ kyr ਦਾ ਕੁਝ ਵੀ ਨਹੀਂ ਹੁੰਦਾ। ਵਾਪਸ ਆਉਣ ਲਈ, kyr ਬੰਦ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
hide-tip-ok = ਠੀਕ ਹੈ

## Privacy
privacy-title = ਤੁਹਾਡੀ ਨਿੱਜਤਾ
privacy-text = ਇਹ ਐਪ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਦੀ ਅਤੇ ਇਸ ਨੂੰ ਇੰਟਰਨੈੱਟ ਦੀ ਲੋੜ ਨਹੀਂ। ਇਹ ਸਿਰਫ਼ ਤੁਹਾਡੀਆਂ ਸੈਟਿੰਗਾਂ, ਤੁਹਾਡੇ ਸੰਭਾਲੇ ਹੋਏ ਸੰਪਰਕ, ਅਤੇ ਤੁਹਾਡੀ ਐਮਰਜੈਂਸੀ ਯੋਜਨਾ ਰੱਖਦੀ ਹੈ, ਜੇ ਤੁਸੀਂ ਯੋਜਨਾ ਬਣਾਉਂਦੇ ਹੋ। ਤੁਹਾਡੀ ਯੋਜਨਾ ਤੁਹਾਡੇ ਪਿੰਨ ਨਾਲ ਲੌਕ ਰਹਿੰਦੀ ਹੈ। ਤੁਸੀਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਸਭ ਕੁਝ ਮਿਟਾ ਸਕਦੇ ਹੋ।

## The emergency plan (locked)
home-plan = ਮੇਰੀ ਐਮਰਜੈਂਸੀ ਯੋਜਨਾ
home-plan-hint = ਸੰਪਰਕ, ਏ-ਨੰਬਰ (A-number), ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ। ਪਿੰਨ ਨਾਲ ਲੌਕ।
vault-title = ਮੇਰੀ ਐਮਰਜੈਂਸੀ ਯੋਜਨਾ
vault-intro = ਆਪਣੇ ਐਮਰਜੈਂਸੀ ਸੰਪਰਕ ਅਤੇ ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ ਇੱਥੇ ਰੱਖੋ। ਇਹ ਪਿੰਨ ਨਾਲ ਲੌਕ ਰਹਿੰਦੇ ਹਨ ਅਤੇ ਸਿਰਫ਼ ਇਸੇ ਫ਼ੋਨ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ।
vault-pin-label = ਪਿੰਨ ਜਾਂ ਪਾਸਵਰਡ
vault-pin-again = ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ
vault-pin-hint = ਘੱਟੋ-ਘੱਟ 6 ਅੰਕ ਜਾਂ ਅੱਖਰ ਵਰਤੋ। ਲੰਮਾ ਪਾਸਵਰਡ ਵੱਧ ਸੁਰੱਖਿਅਤ ਹੈ।
vault-create = ਇਸ ਪਿੰਨ ਨਾਲ ਮੇਰੀ ਯੋਜਨਾ ਲੌਕ ਕਰੋ
vault-unlock = ਖੋਲ੍ਹੋ
vault-lock = ਹੁਣੇ ਲੌਕ ਕਰੋ
vault-locked-note = ਜਦੋਂ ਤੁਸੀਂ ਐਪ ਤੋਂ ਬਾਹਰ ਜਾਂਦੇ ਹੋ, ਤਾਂ ਇਹ ਆਪਣੇ-ਆਪ ਲੌਕ ਹੋ ਜਾਂਦੀ ਹੈ। 5 ਮਿੰਟ ਬਾਅਦ ਵੀ ਇਹ ਲੌਕ ਹੋ ਜਾਂਦੀ ਹੈ।
vault-pin-mismatch = ਦੋਵੇਂ ਪਿੰਨ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ।
vault-pin-short = ਘੱਟੋ-ਘੱਟ 6 ਅੰਕ ਜਾਂ ਅੱਖਰ ਵਰਤੋ।
vault-wrong-pin = ਗ਼ਲਤ ਪਿੰਨ।
vault-wait = { $seconds ->
    [one] { $seconds } ਸਕਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[other] { $seconds } ਸਕਿੰਟ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
vault-unreadable = ਤੁਹਾਡੀ ਐਮਰਜੈਂਸੀ ਯੋਜਨਾ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ। ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੋ ਗਈ ਹੋਵੇ। ਇਸ ਨੂੰ ਮਿਟਾਇਆ ਨਹੀਂ ਗਿਆ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਰੱਖ ਸਕਦੇ ਹੋ, ਜਾਂ ਇਸ ਨੂੰ ਮਿਟਾ ਕੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰ ਸਕਦੇ ਹੋ।
vault-erase-damaged = ਖ਼ਰਾਬ ਯੋਜਨਾ ਮਿਟਾਓ
vault-opening = ਖੁੱਲ੍ਹ ਰਹੀ ਹੈ…
vault-save = ਸੰਭਾਲੋ ਅਤੇ ਲੌਕ ਕਰੋ
vault-saved = ਸੰਭਾਲਿਆ ਗਿਆ। ਤੁਹਾਡੀ ਯੋਜਨਾ ਲੌਕ ਹੈ।
vault-name-label = ਤੁਹਾਡਾ ਨਾਮ
vault-a-number-label = ਤੁਹਾਡਾ ਏ-ਨੰਬਰ (A-number), ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਹੈ
vault-contacts-heading = ਐਮਰਜੈਂਸੀ ਸੰਪਰਕ
vault-contact-name = ਨਾਮ
vault-contact-phone = ਫ਼ੋਨ ਨੰਬਰ
vault-add-contact = ਸੰਪਰਕ ਜੋੜੋ
vault-remove-contact = ਹਟਾਓ
vault-plan-heading = ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ
vault-children-label = ਬੱਚਿਆਂ ਨੂੰ ਕੌਣ ਲੈਣ ਜਾਵੇਗਾ
vault-documents-label = ਜ਼ਰੂਰੀ ਕਾਗਜ਼ ਕਿੱਥੇ ਹਨ
vault-lawyer-name-label = ਵਕੀਲ ਦਾ ਨਾਮ
vault-lawyer-phone-label = ਵਕੀਲ ਦਾ ਫ਼ੋਨ ਨੰਬਰ
vault-notes-label = ਹੋਰ ਨੋਟਸ
vault-phone-invalid = ਇਹ ਫ਼ੋਨ ਨੰਬਰ ਠੀਕ ਨਹੀਂ ਲੱਗਦਾ: { $phone }
vault-too-long = ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਛੋਟਾ ਕਰੋ।
vault-print = ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ ਪ੍ਰਿੰਟ ਕਰੋ
vault-print-title = ਪਰਿਵਾਰ ਦੀ ਐਮਰਜੈਂਸੀ ਯੋਜਨਾ
vault-print-note = ਇਹ ਕਾਗਜ਼ ਘਰ ਵਿੱਚ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਇਸ ਨੂੰ ਲੱਭ ਸਕੇ।

## "I've been detained" message
detained-button = ਮੈਨੂੰ ਹਿਰਾਸਤ ਵਿੱਚ ਲਿਆ ਗਿਆ ਹੈ: ਮੈਸੇਜ ਭੇਜੋ
detained-title = ਮਦਦ ਲਈ ਮੈਸੇਜ ਭੇਜੋ
detained-explain = ਇਸ ਨਾਲ ਤੁਹਾਡੇ ਫ਼ੋਨ ਦੇ ਮੈਸੇਜ ਖੁੱਲ੍ਹਦੇ ਹਨ, ਅਤੇ ਉਨ੍ਹਾਂ ਵਿੱਚ ਇੱਕ ਮੈਸੇਜ ਤਿਆਰ ਹੁੰਦਾ ਹੈ। ਭੇਜਣਾ ਹੈ ਜਾਂ ਨਹੀਂ, ਇਹ ਤੁਸੀਂ ਚੁਣਦੇ ਹੋ। ਇਹ ਐਪ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਦੀ।
detained-place-label = ਉਹ ਤੁਹਾਨੂੰ ਕਿੱਥੇ ਲੈ ਕੇ ਜਾ ਰਹੇ ਹਨ? (ਜੇ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ)
detained-to = ਕਿਸ ਨੂੰ
detained-send = ਮੇਰੇ ਮੈਸੇਜ ਖੋਲ੍ਹੋ
detained-no-contacts = ਪਹਿਲਾਂ ਆਪਣੀ ਯੋਜਨਾ ਵਿੱਚ ਕੋਈ ਐਮਰਜੈਂਸੀ ਸੰਪਰਕ ਜੋੜੋ।
detained-msg-intro = ਮੈਂ { $name } ਹਾਂ। ਮੈਨੂੰ ਇਮੀਗ੍ਰੇਸ਼ਨ ਨੇ ਹਿਰਾਸਤ ਵਿੱਚ ਲੈ ਲਿਆ ਹੈ।
detained-msg-a-number = ਮੇਰਾ ਏ-ਨੰਬਰ (A-number) { $anumber } ਹੈ।
detained-msg-lawyer = ਕਿਰਪਾ ਕਰਕੇ ਮੇਰੇ ਵਕੀਲ { $lawyer } ਨੂੰ { $phone } 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
detained-msg-no-lawyer = ਕਿਰਪਾ ਕਰਕੇ ਵਕੀਲ ਲੱਭਣ ਵਿੱਚ ਮੇਰੀ ਮਦਦ ਕਰੋ।
detained-msg-place = ਉਹ ਮੈਨੂੰ ਇੱਥੇ ਲੈ ਕੇ ਜਾ ਰਹੇ ਹਨ: { $place }।

## Second PIN for danger
duress-title = ਖ਼ਤਰੇ ਲਈ ਦੂਜਾ ਪਿੰਨ (ਤੁਸੀਂ ਇਹ ਛੱਡ ਸਕਦੇ ਹੋ)
duress-explain = ਜੇ ਕੋਈ ਅਜਿਹਾ ਵਿਅਕਤੀ ਜੋ ਅਫ਼ਸਰ ਨਹੀਂ ਹੈ, ਜਿਵੇਂ ਤੁਹਾਡੇ ਨਾਲ ਬਦਸਲੂਕੀ ਕਰਨ ਵਾਲਾ ਕੋਈ ਵਿਅਕਤੀ, ਤੁਹਾਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਖੋਲ੍ਹਣ ਲਈ ਮਜਬੂਰ ਕਰੇ, ਤਾਂ ਆਪਣੇ ਪਿੰਨ ਦੀ ਥਾਂ ਇਹ ਦੂਜਾ ਪਿੰਨ ਲਿਖੋ। ਇਸ ਨਾਲ ਇੱਕ ਖ਼ਾਲੀ ਯੋਜਨਾ ਖੁੱਲ੍ਹਦੀ ਹੈ। ਕੋਈ ਨਹੀਂ ਦੇਖ ਸਕਦਾ ਕਿ ਦੂਜਾ ਪਿੰਨ ਵੀ ਹੈ।
officials-no-hiding = ਜਦੋਂ ਪੁਲਿਸ ਜਾਂ ਇਮੀਗ੍ਰੇਸ਼ਨ ਅਫ਼ਸਰ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਇਹ ਐਪ ਦੇਖਣ ਲਈ ਕਹਿ ਚੁੱਕੇ ਹੋਣ, ਤਾਂ ਉਸ ਤੋਂ ਬਾਅਦ ਦੂਜਾ ਪਿੰਨ ਨਾ ਵਰਤੋ ਅਤੇ ਆਪਣੀ ਯੋਜਨਾ ਨਾ ਮਿਟਾਓ। ਉਸ ਵੇਲੇ ਜਾਣਕਾਰੀ ਲੁਕਾਉਣਾ ਜਾਂ ਮਿਟਾਉਣਾ ਜੁਰਮ ਹੋ ਸਕਦਾ ਹੈ। ਕਹੋ, "ਮੈਂ ਤਲਾਸ਼ੀ ਲਈ ਸਹਿਮਤੀ ਨਹੀਂ ਦਿੰਦਾ/ਦਿੰਦੀ", ਅਤੇ ਵਕੀਲ ਮੰਗੋ।
duress-pin-label = ਦੂਜਾ ਪਿੰਨ
duress-wipe-label = ਦੂਜਾ ਪਿੰਨ ਵਰਤਣ 'ਤੇ ਮੇਰੀ ਅਸਲੀ ਯੋਜਨਾ ਵੀ ਮਿਟਾ ਦਿਓ
duress-wipe-warning = ਜੇ ਤੁਸੀਂ ਇਹ ਚੁਣਦੇ ਹੋ, ਤਾਂ ਦੂਜਾ ਪਿੰਨ ਵਰਤਣ 'ਤੇ ਤੁਹਾਡੀ ਅਸਲੀ ਯੋਜਨਾ ਹਮੇਸ਼ਾ ਲਈ ਮਿਟ ਜਾਵੇਗੀ। ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ।
duress-set = ਦੂਜਾ ਪਿੰਨ ਸੈੱਟ ਕਰੋ
duress-confirm = ਮੈਨੂੰ ਸਮਝ ਆ ਗਈ ਹੈ। ਦੂਜਾ ਪਿੰਨ ਸੈੱਟ ਕਰੋ।
duress-same = ਦੂਜਾ ਪਿੰਨ ਤੁਹਾਡੇ ਪਿੰਨ ਤੋਂ ਵੱਖਰਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
duress-done = ਦੂਜਾ ਪਿੰਨ ਸੈੱਟ ਹੋ ਗਿਆ ਹੈ।

## Erase everything
wipe-title = ਸਭ ਕੁਝ ਮਿਟਾਓ
wipe-explain = ਇਸ ਨਾਲ ਇਸ ਫ਼ੋਨ ਤੋਂ ਤੁਹਾਡੀ ਐਮਰਜੈਂਸੀ ਯੋਜਨਾ, ਤੁਹਾਡੇ ਸੰਭਾਲੇ ਹੋਏ ਸੰਪਰਕ, ਫ਼ਾਈਲਾਂ ਤੋਂ ਜੋੜੇ ਗਏ ਸੰਪਰਕ, ਕਲੀਨਿਕ ਪੈਕੇਜ ਅਤੇ ਤੁਹਾਡੀਆਂ ਸੈਟਿੰਗਾਂ ਮਿਟ ਜਾਂਦੀਆਂ ਹਨ। ਗਾਈਡਾਂ ਰਹਿੰਦੀਆਂ ਹਨ। ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ।
wipe-button = ਸਭ ਕੁਝ ਮਿਟਾਓ
wipe-confirm = ਹਾਂ, ਹੁਣੇ ਸਭ ਕੁਝ ਮਿਟਾਓ
wipe-cancel = ਰੱਦ ਕਰੋ
wipe-done = ਤੁਸੀਂ ਜੋ ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਸੀ, ਉਹ ਸਭ ਮਿਟ ਗਿਆ ਹੈ।

## Errors
error-vault-locked = ਤੁਹਾਡੀ ਯੋਜਨਾ ਲੌਕ ਹੈ। ਇਸ ਨੂੰ ਆਪਣੇ ਪਿੰਨ ਨਾਲ ਖੋਲ੍ਹੋ।
error-vault-exists = ਤੁਹਾਡੇ ਕੋਲ ਪਹਿਲਾਂ ਹੀ ਇੱਕ ਯੋਜਨਾ ਹੈ। ਇਸ ਨੂੰ ਆਪਣੇ ਪਿੰਨ ਨਾਲ ਖੋਲ੍ਹੋ।
error-vault-unreadable = ਤੁਹਾਡੀ ਐਮਰਜੈਂਸੀ ਯੋਜਨਾ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ। ਇਸ ਨੂੰ ਮਿਟਾਇਆ ਨਹੀਂ ਗਿਆ।
