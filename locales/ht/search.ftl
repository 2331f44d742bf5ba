# Lòt mo moun tape lè y ap chèche yon gid: mo chak jou, mo lari, lòt non pou
# menm bagay la. Yo pa janm parèt; rechèch la sèvi ak yo pou jwenn gid la.
# Ekri mo moun nan kominote ou itilize toutbon, separe ak vigil. Yo pa
# oblije menm ak mo angle yo.

search-keywords-right-now = èd, anmwe, ijans, kounye a, prese, yo kanpe m, yo arete m, kisa pou m fè, help
search-keywords-street = lapolis, polis, polisye, jandam, ID, kat idantite, papye, san papye, non, lari, twotwa, mache, fouye
search-keywords-door = ICE, imigrasyon, rafl, raid, frape pòt, kay, apatman, louvri pòt, manda, warrant, ajan
search-keywords-face-scan = Mobile Fortify, rekonesans figi, figi, foto, pran foto, anprent, anprent dwèt, kamera, aplikasyon, app, eskanaj
search-keywords-car = polis kanpe m, kondui, chofè, lisans, pèmi, pasaje, machin, kòf, tikè, ticket
search-keywords-workplace = travay, djòb, rafl nan travay, bòs, patwon, faktori, fèm, restoran, konpayi, kòlèg
search-keywords-protest = manifestasyon, manif, mach, rasanbleman, filme, videyo, anrejistre, filme lapolis
search-keywords-arrest = arete, kenbe, ranmase, lajòl, prizon, kachò, sant detansyon, depòte, depòtasyon, kosyon, bond
search-keywords-border = ayewopò, avyon, vòl, pòs kontwòl, checkpoint, ladwàn, fwontyè, Border Patrol, CBP, vwayaj
search-keywords-places = lekòl, legliz, moske, tanp, lopital, doktè, klinik, tribinal, lakou, randevou tribinal
search-keywords-family = timoun, pitit, fanmi, plan, gadyen, kiyès k ap pran timoun yo, papye, plan ijans
search-keywords-phone = telefòn, selilè, modpas, kòd, debloke, rezo sosyal, mesaj, tèks, WhatsApp, foto
search-keywords-status = dat tribinal, randevou tribinal, odyans, tribinal imigrasyon, jij, check-in, check-in ICE, rapò ICE, randevou ICE, viza, viza etidyan, viza travay, anrejistre, anrejistreman, G-325R, court date, hearing
search-keywords-after = rapò, plent, ekri sa k pase, temwen, chèche yon moun, moun ki disparèt, yo pran l, lokalizatè, locator
