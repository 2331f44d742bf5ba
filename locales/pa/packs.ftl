# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.
# "pack" = ਪੈਕੇਜ; "key code" = ਪਛਾਣ ਕੋਡ (the short code the person compares
# with what the clinic says). "Nothing was changed" = ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ.

## Packs screen
packs-title = ਕਲੀਨਿਕ ਪੈਕੇਜ
packs-intro = ਕੋਈ ਕਲੀਨਿਕ ਤੁਹਾਨੂੰ ਇੱਕ ਪੈਕੇਜ ਦੇ ਸਕਦਾ ਹੈ: ਇਹ ਇੱਕ ਫ਼ਾਈਲ ਹੁੰਦੀ ਹੈ, ਜਿਸ ਵਿੱਚ ਕਲੀਨਿਕ ਦੇ ਸੰਪਰਕ, ਸਥਾਨਕ ਨੋਟਸ ਅਤੇ ਅੱਪਡੇਟ ਹੁੰਦੇ ਹਨ। ਐਪ ਇਸ ਨੂੰ ਵਰਤਣ ਤੋਂ ਪਹਿਲਾਂ ਜਾਂਚਦੀ ਹੈ ਕਿ ਇਸ ਨੂੰ ਕਿਸ ਨੇ ਬਣਾਇਆ। ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ।
packs-install = ਫ਼ਾਈਲ ਤੋਂ ਪੈਕੇਜ ਇੰਸਟਾਲ ਕਰੋ
packs-none = ਕੋਈ ਪੈਕੇਜ ਇੰਸਟਾਲ ਨਹੀਂ ਹੈ।
pack-version = ਵਰਜ਼ਨ { $version }, { $date } ਨੂੰ ਬਣਿਆ
pack-from = { $publisher } ਵੱਲੋਂ
pack-key = ਪਛਾਣ ਕੋਡ: { $key }
pack-restore = ਪਿਛਲੇ ਵਰਜ਼ਨ ਉੱਤੇ ਵਾਪਸ ਜਾਓ
pack-remove = ਇਹ ਪੈਕੇਜ ਹਟਾਓ
pack-installed = ਪੈਕੇਜ ਇੰਸਟਾਲ ਹੋ ਗਿਆ ਹੈ।
pack-restored = ਹੋ ਗਿਆ। ਪੈਕੇਜ ਦੁਬਾਰਾ ਪਹਿਲਾਂ ਵਰਗਾ ਹੋ ਗਿਆ ਹੈ।

## Before installing
pack-review-title = ਕੀ ਤੁਸੀਂ ਇਸ ਕਲੀਨਿਕ ਉੱਤੇ ਭਰੋਸਾ ਕਰਦੇ ਹੋ?
pack-review-new = ਇਹ ਇਸ ਕਲੀਨਿਕ ਦਾ ਪਹਿਲਾ ਪੈਕੇਜ ਹੈ। ਇੰਸਟਾਲ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ ਕਲੀਨਿਕ ਨੂੰ ਪੁੱਛੋ। ਵੇਖੋ ਕਿ ਇੱਥੇ ਲਿਖਿਆ ਨਾਮ ਅਤੇ ਪਛਾਣ ਕੋਡ ਉਹੀ ਹਨ ਜੋ ਕਲੀਨਿਕ ਦੱਸਦਾ ਹੈ।
pack-review-known = ਇਹ ਪੈਕੇਜ ਉਸ ਕਲੀਨਿਕ ਦਾ ਹੈ ਜਿਸ ਉੱਤੇ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਭਰੋਸਾ ਕਰਦੇ ਹੋ।
pack-adds-title = ਇਹ ਪੈਕੇਜ ਕੀ ਜੋੜਦਾ ਹੈ
pack-adds-contacts = "ਕਾਨੂੰਨੀ ਮਦਦ ਲੱਭੋ" ਸੂਚੀ ਲਈ ਸੰਪਰਕ
pack-adds-outdated = ਸੂਚੀ ਵਿੱਚ ਪੁਰਾਣੇ ਹੋ ਚੁੱਕੇ ਸੰਪਰਕਾਂ ਬਾਰੇ ਰਿਪੋਰਟਾਂ
pack-adds-profile = ਕਲੀਨਿਕ ਦਾ ਨਾਮ, ਵੈੱਬਸਾਈਟ ਅਤੇ ਪ੍ਰਿੰਟ ਕੀਤੇ ਕਾਰਡਾਂ ਉੱਤੇ ਛਪਣ ਵਾਲੀ ਇੱਕ ਲਾਈਨ
pack-adds-guides = ਕਲੀਨਿਕ ਦੀਆਂ ਆਪਣੀਆਂ ਗਾਈਡਾਂ: { $titles }
pack-adds-languages = ਇਨ੍ਹਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ: { $languages }
pack-adds-official = ਐਪ ਬਣਾਉਣ ਵਾਲਿਆਂ ਵੱਲੋਂ ਇੱਕ ਅਧਿਕਾਰਤ ਅੱਪਡੇਟ, ਜੋ ਐਪ ਦੇ ਆਪਣੇ ਸ਼ਬਦ ਬਦਲਦਾ ਹੈ: { $files }
pack-review-install = ਭਰੋਸਾ ਕਰੋ ਅਤੇ ਇੰਸਟਾਲ ਕਰੋ
pack-review-update = ਅੱਪਡੇਟ ਇੰਸਟਾਲ ਕਰੋ
pack-review-cancel = ਰੱਦ ਕਰੋ

## Where pack content shows
pack-guide-from = ਇਸ ਗਾਈਡ ਵਿੱਚ { $publisher } ਵੱਲੋਂ ਕੀਤੀਆਂ ਤਬਦੀਲੀਆਂ ਸ਼ਾਮਲ ਹਨ।
home-clinic = ਤੁਹਾਡਾ ਕਲੀਨਿਕ
clinic-call = ਫ਼ੋਨ ਕਰੋ

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = ਇਹ ਪੈਕੇਜ ਬਹੁਤ ਵੱਡਾ ਹੈ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-error-not-a-pack = ਇਹ ਫ਼ਾਈਲ ਇਸ ਐਪ ਦਾ ਪੈਕੇਜ ਨਹੀਂ ਹੈ, ਜਾਂ ਇਹ ਅਧੂਰੀ ਹੈ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-error-signature = ਇਹ ਪੈਕੇਜ ਬਣਨ ਤੋਂ ਬਾਅਦ ਬਦਲਿਆ ਗਿਆ ਹੈ ਜਾਂ ਖ਼ਰਾਬ ਹੋ ਗਿਆ ਹੈ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-error-malformed = ਇਹ ਪੈਕੇਜ ਸਹੀ ਤਰੀਕੇ ਨਾਲ ਨਹੀਂ ਬਣਿਆ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-error-not-official = ਇਹ ਪੈਕੇਜ ਇਸ ਐਪ ਦਾ ਆਪਣਾ ਨਾਮ ਵਰਤਦਾ ਹੈ, ਪਰ ਇਹ ਐਪ ਬਣਾਉਣ ਵਾਲਿਆਂ ਵੱਲੋਂ ਨਹੀਂ ਹੈ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-error-other-key = ਇਹ ਪੈਕੇਜ ਉਸ ਕਲੀਨਿਕ ਦਾ ਨਾਮ ਵਰਤਦਾ ਹੈ ਜਿਸ ਉੱਤੇ ਤੁਸੀਂ ਭਰੋਸਾ ਕਰਦੇ ਹੋ, ਪਰ ਇਸ ਦਾ ਪਛਾਣ ਕੋਡ ਵੱਖਰਾ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਉਨ੍ਹਾਂ ਵੱਲੋਂ ਨਾ ਹੋਵੇ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-error-not-newer = ਤੁਹਾਡੇ ਕੋਲ ਇਸ ਪੈਕੇਜ ਦਾ ਵਰਜ਼ਨ { $installed } ਪਹਿਲਾਂ ਹੀ ਹੈ। ਇਹ ਫ਼ਾਈਲ ਵਰਜ਼ਨ { $offered } ਹੈ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-error-built-in = ਇਹ ਪੈਕੇਜ ਐਪ ਦੇ ਆਪਣੇ ਸ਼ਬਦ ਬਦਲਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਹੈ, ਜਿਵੇਂ ਅਫ਼ਸਰ ਨੂੰ ਕੀ ਕਹਿਣਾ ਹੈ। ਸਿਰਫ਼ ਐਪ ਬਣਾਉਣ ਵਾਲਿਆਂ ਦੇ ਅਧਿਕਾਰਤ ਅੱਪਡੇਟ ਹੀ ਇਹ ਕਰ ਸਕਦੇ ਹਨ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-error-content = ਇਸ ਪੈਕੇਜ ਵਿੱਚ ਇੱਕ ਗ਼ਲਤੀ ਹੈ, ਇਸ ਲਈ ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। { $file } ਵਿੱਚ, ਲਾਈਨ { $line }: { $problem }
pack-error-io = ਪੈਕੇਜ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
pack-broken = ਇੰਸਟਾਲ ਕੀਤਾ ਇੱਕ ਪੈਕੇਜ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਫ਼ਿਲਹਾਲ ਐਪ ਆਪਣੀ ਸਮੱਗਰੀ ਵਰਤ ਰਹੀ ਹੈ।
