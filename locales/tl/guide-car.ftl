# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = Sa kotse
car-summary = Pinahinto ng pulis o ng mga opisyal ang kotseng minamaneho mo o sinasakyan mo.
car-first = Tumabi sa ligtas na lugar. Patayin ang makina. Ilagay ang mga kamay mo sa manibela, o sa kandungan mo kung pasahero ka.
car-do-papers = Kung ikaw ang nagmamaneho, ipakita ang lisensya mo, ang rehistro at ang patunay ng insurance kapag hiningi ng pulis. Hinihingi ito ng mga batas ng estado. May dalawang halimbawa sa mga sanggunian sa ibaba.
car-do-out = Kung sabihin ng pulis na bumaba ka ng kotse, gawin mo ito. Totoo ito para sa nagmamaneho at para sa mga pasahero.
car-do-silent = Nagmamaneho ka man o pasahero, puwede kang manahimik. Hindi mo kailangang pag-usapan ang immigration status mo.
car-do-no-search = Puwede kang tumanggi sa paghalughog ng kotse. Puwede pa ring maghalughog ang pulis kung may matitibay silang dahilan para isiping makakakita sila ng ebidensya ng krimen.
car-do-passenger-free = Puwedeng itanong ng mga pasahero kung malaya silang umalis. Kung oo, puwede silang umalis nang mahinahon.
car-do-no-license = Kung wala kang driver's license, huwag kailanman magpakita ng pekeng lisensya. Puwede ka pa ring manahimik tungkol sa status mo. Tanungin ang isang abogado nang maaga kung dapat kang magpakita ng lisensya o ID mula sa ibang bansa.
car-dont-run = Huwag magmaneho palayo o tumakbo. Huwag makipagtalo o manlaban, kahit sa tingin mo ay hindi patas ang pagpapahinto sa iyo.
car-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
car-dont-reach = Huwag dumukot sa ilalim ng upuan o sa loob ng bag nang hindi muna sinasabihan ang opisyal.
car-why-out = Ayon sa Korte Suprema, puwedeng utusan ng pulis ang nagmamaneho at ang mga pasahero na bumaba ng kotse habang may legal na pagpapahinto.
car-why-passenger = Pinahinto rin ang pasahero kapag pinahinto ng pulis ang kotse, at puwede niyang kuwestiyunin sa korte ang ilegal na pagpapahinto.
car-why-fourth = Pinoprotektahan ka ng Fourth Amendment (Ikaapat na Susog sa Konstitusyon) laban sa hindi makatwirang paghalughog. Kailangan ng pulis ang pahintulot mo o probable cause (matibay na batayan) para halughugin ang kotse mo.
car-why-checkpoint = Sa mga permanenteng checkpoint ng imigrasyon sa loob ng bansa, puwedeng pahintuin ng mga opisyal ang mga kotse at magtanong ng maiikling tanong kahit walang anumang hinala. Para halughugin ang kotse, kailangan pa rin nila ang pahintulot mo o probable cause (matibay na batayan).
car-why-roving = Malapit sa border, puwedeng halughugin ng mga opisyal ang mga sasakyan para hanapin ang mga taong walang papeles, pero kailangan pa rin nila ng mabuting dahilan para pahintuin ang isang kotse. Ang paghalughog sa kotse ay nangangailangan ng matitibay na dahilan o ng pahintulot mo.
car-unsettled-name = Karaniwang hindi kailangang ibigay ng pasahero ang pangalan niya, maliban kung pinaghihinalaan ng pulis ang pasahero ng krimen at may batas ang estado tungkol dito. Tingnan ang tala tungkol sa estado mo sa itaas.
