# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = ਮੈਂ ਚੁੱਪ ਰਹਿਣ ਦੇ ਆਪਣੇ ਹੱਕ ਦੀ ਵਰਤੋਂ ਕਰ ਰਿਹਾ/ਰਹੀ ਹਾਂ।
phrase-no-search = ਮੈਂ ਤਲਾਸ਼ੀ ਲਈ ਸਹਿਮਤੀ ਨਹੀਂ ਦਿੰਦਾ/ਦਿੰਦੀ।
phrase-free-to-go = ਕੀ ਮੈਨੂੰ ਜਾਣ ਦੀ ਇਜਾਜ਼ਤ ਹੈ?
phrase-lawyer = ਮੈਂ ਵਕੀਲ ਨਾਲ ਗੱਲ ਕਰਨੀ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ ਹਾਂ।
phrase-no-sign = ਮੈਂ ਵਕੀਲ ਤੋਂ ਬਿਨਾਂ ਕਿਸੇ ਵੀ ਚੀਜ਼ 'ਤੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਕਰਾਂਗਾ/ਕਰਾਂਗੀ।
phrase-no-entry = ਮੈਂ ਤੁਹਾਨੂੰ ਆਪਣੇ ਘਰ ਅੰਦਰ ਆਉਣ ਦੀ ਸਹਿਮਤੀ ਨਹੀਂ ਦਿੰਦਾ/ਦਿੰਦੀ।
phrase-slide-warrant = ਕਿਰਪਾ ਕਰਕੇ ਵਾਰੰਟ ਦਰਵਾਜ਼ੇ ਦੇ ਹੇਠਾਂ ਤੋਂ ਅੰਦਰ ਖਿਸਕਾ ਦਿਓ।
phrase-no-scan = ਮੈਂ ਇਸ ਸਕੈਨ ਲਈ ਸਹਿਮਤੀ ਨਹੀਂ ਦਿੰਦਾ/ਦਿੰਦੀ।
phrase-wrong-warrant = ਇਸ ਵਾਰੰਟ ਉੱਤੇ ਨਾਮ ਗ਼ਲਤ ਹੈ ਜਾਂ ਪਤਾ ਗ਼ਲਤ ਹੈ।
phrase-no-phone-search = ਮੈਂ ਆਪਣੇ ਫ਼ੋਨ ਦੀ ਤਲਾਸ਼ੀ ਲਈ ਸਹਿਮਤੀ ਨਹੀਂ ਦਿੰਦਾ/ਦਿੰਦੀ।
phrase-consulate = ਮੈਂ ਆਪਣੇ ਕੌਂਸਲੇਟ ਨਾਲ ਸੰਪਰਕ ਕਰਨਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ ਹਾਂ।
phrase-recording = ਮੈਂ ਰਿਕਾਰਡ ਕਰ ਰਿਹਾ/ਰਹੀ ਹਾਂ। ਮੈਂ ਤੁਹਾਡੇ ਕੰਮ ਵਿੱਚ ਰੁਕਾਵਟ ਨਹੀਂ ਪਾ ਰਿਹਾ/ਰਹੀ।
phrase-license = ਇਹ ਮੇਰਾ ਲਾਇਸੈਂਸ ਹੈ। ਹੋਰ ਕਿਸੇ ਵੀ ਗੱਲ ਬਾਰੇ ਮੈਂ ਚੁੱਪ ਰਹਾਂਗਾ/ਰਹਾਂਗੀ।
