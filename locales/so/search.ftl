# Erayo dheeraad ah oo dadku qoraan marka ay hage raadinayaan: erayo
# maalinle ah iyo kuwa suuqa, magacyo kale oo isla shayga ah. Weligood
# lama muujiyo; raadintu waxay u isticmaashaa inay hesho hagaha. Qor erayada
# dadka bulshadaadu runtii isticmaalaan, oo hakad ku kala saar. Uma baahna
# inay la mid noqdaan kuwa Ingiriisiga.

search-keywords-right-now = caawimaad, gargaar, degdeg, hadda, la i joojiyay, maxaan sameeyaa, booliis, socdaal, help, emergency
search-keywords-street = booliis, bilays, socdaal, aqoonsi, kaarka aqoonsiga, ID, waraaqo, dukumiinti, magac, waddo, jid, baaritaan, green card
search-keywords-door = ICE, socdaal, imigreeshan, howlgal, raid, albaab, garaac, guri, aqal, apartment, albaabka fur, waaran, warrant
search-keywords-face-scan = Mobile Fortify, weji, aqoonsiga wejiga, face ID, sawir, raadka faraha, faro, kaamiro, app, iskaan
search-keywords-car = gaari, baabuur, taraafiko, wadid, darawal, laysin, liisan, rakaab, tigidh, ganaax, taksi, Uber
search-keywords-workplace = shaqo, goobta shaqada, baas, maamule, loo shaqeeye, warshad, warshadda hilibka, beer, maqaayad, shaqaalaha, howlgal, raid
search-keywords-protest = bannaanbax, dibadbax, mudaaharaad, isu soo bax, duub, duubista, fiidiyow, muuqaal, sawir
search-keywords-arrest = xarig, la xiray, xabsi, jeel, detention, tarxiil, masaafuris, deport, dammaanad, bond, gacanta lagu dhigay
search-keywords-border = xuduud, madaar, garoonka diyaaradaha, airport, diyaarad, duulimaad, isbaaro, kastam, baasaboor, safar, border patrol, CBP
search-keywords-places = dugsi, iskuul, malcaamad, masjid, kaniisad, isbitaal, dhakhtar, maxkamad, court, goob cibaado
search-keywords-family = carruur, caruur, ilmaha, qoys, qorshe, mas'uul, ilaaliye, yaa carruurta qaadaya, dukumiinti, baasaboor, qorshe degdeg
search-keywords-phone = taleefan, moobeel, password, furaha sirta, fur taleefanka, baraha bulshada, Facebook, WhatsApp, TikTok, fariimo, farriin, sawirro
search-keywords-status = maxkamad, taariikhda maxkamadda, ballanta maxkamadda, dhegaysi, hearing, maxkamadda socdaalka, garsoore, court, check-in, ICE check-in, ballan ICE, fiiso, visa, fiisada ardayga, fiisada shaqada, is diiwaangeli, diiwaangelin, registration, G-325R
search-keywords-after = warbixin, cabasho, qor, markhaati, qof raadi, qof maqan, qof la qaaday, xubin qoys, locator, A-number
