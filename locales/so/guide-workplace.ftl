# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Goobta shaqada
work-summary = Saraakiisha socdaalka ayaa yimaada shaqadaada.
work-first = Is deji. Ha orodin.
work-do-warrant = Weydii in saraakiishu haystaan waaran uu garsoore saxiixay. Waaranka { -ice } keligiis uma oggolaanayo inay galaan meelaha gaarka ah ee goobta shaqada.
work-do-private = Saraakiishu waxay u baahan yihiin waaranka garsooraha ama oggolaanshaha loo-shaqeeyaha si ay u galaan meelaha aan dadweynaha u furnayn.
work-do-silent = Waad aamusnaan kartaa. Kuma waajibin inaad sheegto meesha aad ku dhalatay ama xaaladdaada.
work-do-lawyer = Codso qareen. Ha saxiixin wax warqad ah intaadan qareen la hadlin.
work-dont-lie = Been ha sheegin. Ha tusin waraaqo been abuur ah.
work-dont-hide = Ha dhuuman hana orodin. Ha la dagaallamin saraakiisha.
work-why-warrant = Hagayaasha "ogow xuquuqdaada" ee ACLU waxay sheegaan in waaranka { -ice } ee sarkaal saxiixay aanu saraakiisha siinayn awood sharci ah oo ay gudaha ugu galaan.
work-why-silence = Dastuurka Maraykanku wuxuu qof kasta siiyaa xaqa aamusnaanta, xaaladdiisa socdaal wax ay doontaba ha ahaatee.
work-unsettled-employer = Waxa loo-shaqeeyahaagu oggolaan karo, iyo meelaha loo tixgeliyo kuwo dadweyne, waxay ku xiran yihiin goobta. La hadal koox u dooda xuquuqda shaqaalaha ama qareen.
