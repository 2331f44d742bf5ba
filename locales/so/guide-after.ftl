# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = Kadib la kulanka saraakiisha
after-summary = Qor wixii dhacay, hel caawimaad, oo raadi qof la qaaday.
after-first = Isla marka aad ammaan noqoto, qor wixii dhacay.
after-do-write = Qor taariikhda, waqtiga iyo meesha, wixii saraakiishu yiraahdeen iyo wixii ay sameeyeen, magacyadooda ama lambarrada calaamadahooda, taarikada baabuurta, iyo wixii ay qaateen.
after-do-witnesses = Qor magacyada iyo lambarrada taleefanka markhaatiyaasha. Sawirrada iyo muuqaallada meel ammaan ah ku hay.
after-do-lawyer = Wixii dhacay kala hadal qareen ama khadka jawaab-celinta degdegga ah (rapid response hotline).
after-do-find = Haddii qof la qaaday, ka raadi { -ice } Online Detainee Locator (qalabka internetka ee lagu raadiyo dadka la hayo) adigoo isticmaalaya lambarkiisa A (A-number) iyo dalka uu ku dhashay, ama magaciisa saxda ah iyo dalka uu ku dhashay.
after-do-line = Waxaad sidoo kale wici kartaa khadka macluumaadka xabsiga ee { -ice }: 1-888-351-4024.
after-dont-post = Ha dhigin internetka faahfaahin ku saabsan xaaladda qof.
after-dont-sign = Ha u saxiixin waraaqo qof la xiray intaadan qareen la hadlin.
after-why-record = Dhowr maxkamadood oo racfaan federaal ah ayaa ilaaliya xaqa duubista saraakiisha dowladda marka ay shaqadooda ka qabanayaan meel dadweyne. Qoraalladaada iyo muuqaalladaadu waxay caawin karaan qareen.
after-why-locator = { -ice } ayaa maamusha Online Detainee Locator. Waxaad ku raadin kartaa lambarka A (A-number) iyo dalka dhalashada, ama magac iyo dalka dhalashada.
after-unsettled-locator = Qalabka raadintu waxaa laga yaabaa inuusan qof walba muujin. Carruurta ka yar 18 jir waxaa laga yaabaa inaan lagu muujin. Haddii aadan heli karin qofka, wac qareen.
