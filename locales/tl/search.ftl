# Mga dagdag na salitang tina-type ng mga tao kapag naghahanap sila ng gabay:
# karaniwan at balbal na salita, ibang tawag sa parehong bagay. Hindi ito
# ipinapakita; ginagamit ito ng paghahanap para makita ang gabay. Isulat ang
# mga salitang talagang ginagamit sa komunidad mo, hiwalay sa kuwit. Hindi
# kailangang tumugma ang mga ito sa Ingles.

search-keywords-right-now = tulong, saklolo, help, emergency, ngayon na, urgent, pinahinto, hinarang, hinuli, ano ang gagawin ko, ano gagawin
search-keywords-street = pulis, parak, lespu, ID, papeles, dokumento, pangalan, kalye, naglalakad, kinapkapan, kapkap, tinanong, bangketa
search-keywords-door = ICE, raid, imigrasyon, immigration, TNT, kumakatok, katok, bahay, apartment, buksan ang pinto, warrant, mandamyento
search-keywords-face-scan = Mobile Fortify, face recognition, scan, mukha, litrato, picture, kinunan ng litrato, fingerprint, daliri, biometrics, camera, app
search-keywords-car = kotse, sasakyan, pinara, pinatabi, traffic stop, nagmamaneho, driver, lisensya, pasahero, sakay, trunk, ticket, tiket
search-keywords-workplace = trabaho, raid sa trabaho, amo, boss, employer, pabrika, planta, bukid, farm, restawran, caregiver, katrabaho
search-keywords-protest = rali, rally, martsa, protesta, demonstrasyon, video, mag-video, record, nagre-record, kuhanan ang pulis
search-keywords-arrest = hinuli, nahuli, aresto, kulong, nakakulong, kulungan, detention, detensyon, deport, na-deport, pinauwi, TNT, bond, piyansa
search-keywords-border = border, border patrol, CBP, airport, paliparan, eroplano, flight, lipad, checkpoint, customs, biyahe, bakasyon
search-keywords-places = paaralan, eskwelahan, school, simbahan, church, moske, templo, ospital, doktor, klinika, korte, husgado
search-keywords-family = anak, mga bata, pamilya, plano, guardian, tagapag-alaga, sino ang susundo sa mga bata, susundo, SPA, dokumento, papeles, A-number, emergency plan
search-keywords-phone = cellphone, cp, selpon, password, passcode, i-unlock, social media, Facebook, FB, Messenger, messages, text, litrato
search-keywords-status = petsa sa korte, court date, hearing, pagdinig, korte ng imigrasyon, immigration court, husgado, hukom, judge, check-in, ICE check-in, reporting, visa, student visa, work visa, magparehistro, pagpaparehistro, rehistro, register, registration, G-325R
search-keywords-after = report, reklamo, isulat, saksi, witness, hanapin, nawawala, kamag-anak, saan dinala, locator, A-number, hotline
