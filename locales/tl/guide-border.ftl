# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Border zone, mga checkpoint at mga paliparan
border-summary = Nakatira ka o bumibiyahe malapit sa border, o sumasakay ka ng eroplano.
border-first = Sa mga tawiran sa border, at sa mga paliparan kapag dumating ka mula sa ibang bansa, iba ang mga patakaran. Mas malaki ang kapangyarihan ng mga opisyal doon.
border-do-checkpoint = Sa isang permanenteng checkpoint, puwedeng pahintuin ng mga opisyal ang bawat kotse at magtanong ng ilang maiikling tanong. Puwede kang manahimik.
border-do-no-search = Sa labas ng mismong tawiran sa border, pati sa mga checkpoint sa loob ng bansa, puwede kang tumanggi sa paghalughog ng kotse mo. Puwede pa ring maghalughog ang mga opisyal kung may probable cause (matibay na batayan) sila. Sa mismong tawiran sa border, puwede nilang halughugin ang kotse mo nang walang pahintulot mo.
border-do-phone = Bago tumawid sa border, i-off ang face unlock at fingerprint unlock, at magdala ng mas kaunting data.
border-do-papers = Kung may papeles ka ng imigrasyon, dalhin mo ang mga ito. Dapat itong dalhin ng mga nasa hustong gulang na binigyan nito.
border-do-green-card = Kung may green card ka, hindi mo kailangang pumirma sa form I-407, na nagsusuko ng green card mo. Sa halip, puwede mong hilinging humarap sa isang hukom ng imigrasyon.
border-do-travel-lawyer = Kung may green card o visa ka at naaresto ka na kahit minsan, kausapin ang isang abogado bago ka bumiyahe sa ibang bansa.
border-dont-lie = Huwag magsinungaling sa mga opisyal sa border. Huwag magpakita ng pekeng papeles.
border-dont-run = Huwag tumakbo o manlaban.
border-why-zone = Pinapayagan ng pederal na batas ang mga opisyal na halughugin ang mga sasakyan para hanapin ang mga taong walang papeles sa loob ng "reasonable distance" (makatwirang layo) mula sa border, na itinakda ng mga regulasyon sa 100 air miles.
border-why-stop = Kailangan pa rin ng mga opisyal ng makatwirang hinala para pahintuin ang isang kotse sa border zone. Ang roving search (paghalughog ng kotse ng mga nagpapatrolyang opisyal) ay nangangailangan ng probable cause (matibay na batayan) o ng pahintulot mo.
border-why-checkpoint = Pinapayagan ng Korte Suprema ang maiikling pagpapahinto sa mga permanenteng checkpoint kahit walang hinala.
border-why-car-search = Kapag malayo sa border, kailangan ng mga opisyal ang pahintulot mo o probable cause (matibay na batayan) para halughugin ang isang kotse, kahit sa checkpoint.
border-why-answers = Kapag dumating mula sa ibang bansa, ang mga mamamayan ng U.S. ay kailangan lang sumagot sa mga tanong tungkol sa kung sino sila at sa pagkamamamayan nila. Ang mga may green card ay kailangan lang sumagot sa mga tanong tungkol sa kung sino sila at sa status nila; ang pagtanggi sa ibang tanong ay maaaring magdulot ng pagkaantala. Ang mga bisita at ang mga may visa ay puwedeng hindi papasukin kung hindi sila sasagot.
border-unsettled-expedited = Ang mabilis na deportasyon nang walang pagdinig sa korte ay umaabot na ngayon saanman sa U.S. para sa mga taong hindi maipakita na dalawang taon na sila dito. Higit sa isang beses nang binago ito ng mga korte.
border-unsettled-phones = Nagbabago ang mga patakaran sa paghalughog ng telepono sa border. Tingnan ang gabay tungkol sa telepono mo.
