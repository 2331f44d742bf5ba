# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Border zone, mga checkpoint at mga paliparan
border-summary = Nakatira ka o bumibiyahe malapit sa border, o sumasakay ka ng eroplano.
border-first = Sa border at sa mga paliparan, iba ang mga patakaran. Mas malaki ang kapangyarihan ng mga ahente doon.
border-do-checkpoint = Sa isang permanenteng checkpoint, puwedeng pahintuin ng mga ahente ang bawat kotse at magtanong ng ilang maiikling tanong. Puwede kang manahimik.
border-do-no-search = Kapag malayo sa checkpoint, puwede kang tumanggi sa paghalughog ng kotse mo.
border-do-phone = Bago tumawid sa border, i-off ang face unlock at fingerprint unlock, at magdala ng mas kaunting data.
border-do-papers = Kung may papeles ka ng imigrasyon, dalhin mo ang mga ito. Dapat itong dalhin ng mga nasa hustong gulang na binigyan nito.
border-dont-lie = Huwag magsinungaling sa mga ahente sa border. Huwag magpakita ng pekeng papeles.
border-dont-run = Huwag tumakbo o manlaban.
border-why-zone = Pinapayagan ng pederal na batas ang mga ahente na halughugin ang mga sasakyan para hanapin ang mga taong walang papeles sa loob ng "reasonable distance" (makatwirang layo) mula sa border, na itinakda ng mga regulasyon sa 100 air miles.
border-why-stop = Kailangan pa rin ng mga ahente ng makatwirang hinala para pahintuin ang isang kotse sa border zone. Ang roving search (paghalughog ng kotse ng mga nagpapatrolyang ahente) ay nangangailangan ng probable cause (matibay na batayan) o ng pahintulot mo.
border-why-checkpoint = Pinapayagan ng Korte Suprema ang maiikling pagpapahinto sa mga permanenteng checkpoint kahit walang hinala.
border-unsettled-expedited = Ang mabilis na deportasyon nang walang pagdinig sa korte ay umaabot na ngayon saanman sa U.S. para sa mga taong hindi maipakita na dalawang taon na sila dito. Higit sa isang beses nang binago ito ng mga korte.
border-unsettled-phones = Nagbabago ang mga patakaran sa paghalughog ng telepono sa border. Tingnan ang gabay tungkol sa telepono mo.
