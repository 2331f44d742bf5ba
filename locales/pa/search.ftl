# Extra words that people type when they look for a guide: everyday and
# slang words, other names for the same thing. They are never shown; search
# uses them to find the guide. Write the words people in your community
# really use, separated by commas. They need not match the English ones.

search-keywords-right-now = ਮਦਦ, ਬਚਾਓ, ਐਮਰਜੈਂਸੀ, ਹੁਣੇ, ਜਲਦੀ, ਰੋਕ ਲਿਆ, ਫੜ ਲਿਆ, ਕੀ ਕਰਾਂ, help
search-keywords-street = ਪੁਲਿਸ, ਮਾਮੇ, ਆਈਡੀ, ID, ਕਾਗਜ, ਕਾਗਜ਼ਾਤ, ਪਛਾਣ ਪੱਤਰ, ਨਾਮ, ਸੜਕ, ਪੈਦਲ, ਤਲਾਸ਼ੀ, ਕੱਚੇ
search-keywords-door = ICE, ਛਾਪਾ, ਰੇਡ, raid, ਦਰਵਾਜਾ, ਖੜਕਾਉਣਾ, ਘਰ, ਮਕਾਨ, ਅਪਾਰਟਮੈਂਟ, ਦਰਵਾਜ਼ਾ ਖੋਲ੍ਹਣਾ, ਵਾਰੰਟ
search-keywords-face-scan = Mobile Fortify, ਚਿਹਰਾ, ਫੇਸ ਸਕੈਨ, ਫੋਟੋ, ਤਸਵੀਰ, ਉਂਗਲਾਂ ਦੇ ਨਿਸ਼ਾਨ, ਫਿੰਗਰਪ੍ਰਿੰਟ, ਕੈਮਰਾ, ਐਪ, ਬਾਇਓਮੈਟ੍ਰਿਕ
search-keywords-car = ਗੱਡੀ, ਕਾਰ, ਟਰੱਕ, ਟ੍ਰੈਫਿਕ, ਪੁਲਿਸ ਨੇ ਰੋਕਿਆ, ਡਰਾਈਵਰ, ਲਾਇਸੈਂਸ, ਸਵਾਰੀ, ਡਿੱਗੀ, ਟਿਕਟ, ਚਲਾਨ
search-keywords-workplace = ਕੰਮ, ਨੌਕਰੀ, ਕੰਮ 'ਤੇ ਛਾਪਾ, ਬੌਸ, ਮਾਲਕ, ਫੈਕਟਰੀ, ਫਾਰਮ, ਖੇਤ, ਰੈਸਟੋਰੈਂਟ, ਗੈਸ ਸਟੇਸ਼ਨ, ਟਰੱਕਿੰਗ, ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ
search-keywords-protest = ਰੋਸ ਪ੍ਰਦਰਸ਼ਨ, ਧਰਨਾ, ਮੁਜਾਹਰਾ, ਰੈਲੀ, ਮਾਰਚ, ਵੀਡੀਓ ਬਣਾਉਣਾ, ਰਿਕਾਰਡਿੰਗ, ਪੁਲਿਸ ਦੀ ਵੀਡੀਓ
search-keywords-arrest = ਗ੍ਰਿਫ਼ਤਾਰੀ, ਗ੍ਰਿਫਤਾਰ, ਫੜਿਆ ਗਿਆ, ਹਿਰਾਸਤ, ਜੇਲ੍ਹ, ਹਵਾਲਾਤ, ਡਿਟੈਂਸ਼ਨ ਸੈਂਟਰ, ਡਿਪੋਰਟ, ਵਾਪਸ ਭੇਜਣਾ, ਜਮਾਨਤ, ਬਾਂਡ
search-keywords-border = ਬਾਰਡਰ, ਸਰਹੱਦ, ਹਵਾਈ ਅੱਡਾ, ਏਅਰਪੋਰਟ, ਫਲਾਈਟ, ਜਹਾਜ, ਚੈੱਕਪੋਸਟ, ਕਸਟਮ, CBP, ਬਾਰਡਰ ਪੈਟਰੋਲ, ਸਫਰ
search-keywords-places = ਸਕੂਲ, ਗੁਰਦੁਆਰਾ, ਮੰਦਰ, ਮਸਜਿਦ, ਚਰਚ, ਹਸਪਤਾਲ, ਡਾਕਟਰ, ਕਲੀਨਿਕ, ਅਦਾਲਤ, ਕੋਰਟ, ਕਚਹਿਰੀ
search-keywords-family = ਬੱਚੇ, ਨਿਆਣੇ, ਪਰਿਵਾਰ, ਯੋਜਨਾ, ਪਲਾਨ, ਸਰਪ੍ਰਸਤ, ਗਾਰਡੀਅਨ, ਬੱਚਿਆਂ ਨੂੰ ਕੌਣ ਲਵੇਗਾ, ਕਾਗਜਾਤ, ਐਮਰਜੈਂਸੀ ਪਲਾਨ
search-keywords-phone = ਫ਼ੋਨ, ਫੋਨ, ਮੋਬਾਈਲ, ਪਾਸਵਰਡ, ਪਿੰਨ, ਅਨਲੌਕ, ਵਟਸਐਪ, ਫੇਸਬੁੱਕ, ਸੋਸ਼ਲ ਮੀਡੀਆ, ਮੈਸੇਜ, ਫੋਟੋਆਂ
search-keywords-status = ਅਦਾਲਤ ਦੀ ਤਾਰੀਖ਼, ਤਾਰੀਕ, ਤਰੀਕ, ਪੇਸ਼ੀ, ਸੁਣਵਾਈ, ਇਮੀਗ੍ਰੇਸ਼ਨ ਕੋਰਟ, ਕੋਰਟ, ਕਚਹਿਰੀ, ਜੱਜ, ਕੇਸ, ਚੈੱਕ-ਇਨ, ਚੈੱਕ ਇਨ, ਹਾਜ਼ਰੀ, ICE ਚੈੱਕ-ਇਨ, ਵੀਜ਼ਾ, ਵੀਜਾ, ਸਟੱਡੀ ਵੀਜ਼ਾ, ਸਟੂਡੈਂਟ ਵੀਜ਼ਾ, ਵਰਕ ਵੀਜ਼ਾ, ਰਜਿਸਟਰ, ਰਜਿਸਟ੍ਰੇਸ਼ਨ, G-325R, court date, hearing, check-in
search-keywords-after = ਸ਼ਿਕਾਇਤ, ਰਿਪੋਰਟ, ਲਿਖ ਕੇ ਰੱਖੋ, ਗਵਾਹ, ਲਾਪਤਾ, ਰਿਸ਼ਤੇਦਾਰ ਲੱਭਣਾ, ਕਿੱਥੇ ਲੈ ਗਏ, ਪਤਾ ਕਰਨਾ, ਲੋਕੇਟਰ
