# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Goobta shaqada
work-summary = Saraakiisha socdaalka ayaa yimaada shaqadaada.
work-first = Is deji. Ha orodin.
work-do-warrant = Weydii in saraakiishu haystaan waaran uu garsoore saxiixay. Waaranka { -ice } keligiis uma oggolaanayo inay galaan meelaha gaarka ah ee goobta shaqada.
work-do-private = Saraakiishu waxay u baahan yihiin waaranka garsooraha, oggolaanshaha loo-shaqeeyaha, ama xaalad degdeg ah si ay u galaan meelaha aan dadweynaha u furnayn.
work-do-silent = Waad aamusnaan kartaa. Kuma waajibin inaad ka jawaabto su'aalaha ku saabsan meesha aad ku dhalatay ama xaaladdaada. Haddii aad haysato waraaqo socdaal oo Maraykan ah oo ansax ah, oo sarkaal ku weydiiyo, tus.
work-do-lawyer = Codso qareen. Ha saxiixin wax warqad ah intaadan qareen la hadlin.
work-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
work-dont-hide = Ha dhuuman hana orodin. Ha la dagaallamin saraakiisha.
work-why-warrant = Waaranka { -ice } ee sarkaal saxiixay, keligiis, uma oggolaanayo saraakiisha inay galaan meelaha aan dadweynaha u furnayn, marka laga reebo haddii loo-shaqeeyuhu oggolaado ama ay jirto xaalad degdeg ah. Waaranka baaritaanka ee garsoore saxiixay ayaa u oggolaanaya inay galaan.
work-why-fourth = Wax-ka-beddelka Afraad ee Dastuurka (Fourth Amendment) wuxuu ka ilaaliyaa baaritaanno aan macquul ahayn. Taasi waa sababta saraakiishu ugu baahan yihiin waaranka garsooraha ama oggolaansho si ay u galaan meelaha gaarka ah.
work-why-i9 = Kahor kormeerka waraaqaha shaqada (Form I-9), loo-shaqeeyuhu badanaa wuxuu helaa ogeysiis qoran ugu yaraan 3 maalmood kahor. Saraakiishu sidoo kale waxay isticmaali karaan amar lagu dalbanayo waraaqaha (subpoena) ama waaran si ay waraaqaha u helaan si ka dhakhso badan.
work-why-silence = Dastuurka Maraykanku wuxuu qof kasta siiyaa xaqa aamusnaanta, xaaladdiisa socdaal wax ay doontaba ha ahaatee.
work-unsettled-employer = Waxa loo-shaqeeyahaagu oggolaan karo, iyo meelaha loo tixgeliyo kuwo dadweyne, waxay ku xiran yihiin goobta. La hadal koox u dooda xuquuqda shaqaalaha ama qareen.
