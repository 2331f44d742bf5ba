# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Qorshaha diyaargarowga qoyska
family-summary = Hadda isu diyaari, si qoyskaagu u ogaado waxa ay samaynayaan.
family-first = Hadda samee qorshe ku saabsan cidda daryeelaysa carruurtaada haddii lagu xiro.
family-do-memorize = Xafid lambarka taleefanka qof qoyskaaga ka mid ah, saaxiib ama qareen aad wici karto haddii lagu xiro.
family-do-a-number = Qor lambarkaaga A (A-number) oo la wadaag qoyskaaga, si ay kuu helaan.
family-do-documents = Waraaqaha muhiimka ah meel ammaan ah ku wada hay: shahaadooyinka dhalashada, baasaboorrada, waraaqaha carruurtaada. U sheeg qof aad aamminsan tahay meesha ay yaallaan.
family-do-caregiver = Dooro qof daryeela carruurtaada. Qoraal ku dhig. Gobollada qaarkood, sida California, waxay leeyihiin foom tan loogu talagalay.
family-do-money = Qorshee lacagta, xisaabaadka bangiga iyo heshiiska kirada, si qoyskaagu u maareeyo.
family-do-lawyer = Hadda hel qareen. Qoysaska qaarkood waxay qareenkooda la buuxiyaan foom (G-28) waqti hore.
family-dont-passport = Iskaa ha ugu dhiibin { -ice } baasaboorkaaga ama baasaboorrada qoyskaaga. Haddii aad leedahay amar tarxiil, weydii qareen kahor intaadan diidin codsi ah inaad bixiso waraaqo safar.
family-dont-wait = Ha sugin xaalad degdeg ah si aad qorshaha u samayso.
family-why-plan = Kooxaha gargaarka sharciga waxay kula taliyaan qoys kasta inuu yeesho qorshe, oo ku dhisan cidda daryeelaysa carruurta.
family-unsettled-state = Foomamka lagu magacaabo qof daryeele ah way ku kala duwan yihiin gobol kasta. Weydii qareen deegaanka ah midka la isticmaalo.
