# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = Ano ang nakasulat sa itaas ng papel?
warrant-h-top = Hilingin na isuksok nila ito sa ilalim ng pinto o itapat ito sa bintana. Huwag buksan ang pinto.
warrant-a-top-court = Pangalan ng korte, gaya ng "United States District Court" (Korte ng Distrito ng Estados Unidos)
warrant-a-top-dhs = "{ -dhs-on-papers }", o form I-200 o I-205
warrant-a-unsure = Hindi ko matukoy
warrant-q-signed = Sino ang pumirma rito?
warrant-h-signed = Tingnan ang ibaba. Nakalimbag sa ilalim ng pirma ang titulo ng pumirma.
warrant-a-signed-judge = Isang hukom o magistrate judge
warrant-a-signed-officer = Isang opisyal o ahente ng imigrasyon
warrant-q-name = Para ba ito sa iyo o sa bahay mo, at tama ba ang pagkakasulat ng pangalan at address?
warrant-h-name = Suriin ang pangalan ng tao at ang address.
warrant-a-name-yes = Oo, tama ang mga ito
warrant-a-name-no = Hindi, mali ang pangalan o ang address
warrant-q-allows = Ano ang pinapayagan nitong gawin nila?
warrant-h-allows = Hanapin ang mga salitang "search" (halughugin) o "arrest" (arestuhin).
warrant-a-allows-search = Halughugin ang isang lugar. Nakalista rito ang address ko.
warrant-a-allows-arrest = Arestuhin ang isang tao. May pangalan ng isang tao rito.

warrant-r-admin-title = Ito ay warrant ng { -ice }, hindi warrant ng hukom.
warrant-r-admin-1 = Isang opisyal ng imigrasyon ang pumirma rito, hindi hukom.
warrant-r-admin-2 = Panatilihing nakasara ang pinto. Sabihin na hindi ka pumapayag na pumasok sila.
warrant-r-admin-3 = Ayon sa isang memo ng { -ice } noong Mayo 2025, puwedeng puwersahang pumasok ang mga ahente gamit ang warrant na I-205 para arestuhin ang isang taong may final order of removal (pinal na utos ng deportasyon). May mga kumukuwestiyon dito sa korte. Kung pumasok pa rin ang mga ahente, huwag manlaban. Manahimik at humingi ng abogado.
warrant-r-unsure-title = Hindi ka makakatiyak kung anong papel ito.
warrant-r-unsure-1 = Panatilihing nakasara ang pinto. Ang warrant mula sa hukom ay may pangalan ng korte sa itaas at pinirmahan ng hukom.
warrant-r-unsure-2 = Kung kaya mo, tumawag ngayon sa abogado o sa isang rapid response hotline (hotline para sa mabilisang tulong).
warrant-r-wrong-title = Maaaring hindi para sa iyo o sa bahay mo ang warrant na ito.
warrant-r-wrong-1 = Sabihin sa kanila mula sa likod ng nakasarang pinto na mali ang pangalan o ang address. Huwag buksan ang pinto.
warrant-r-wrong-2 = Kung pumasok pa rin sila, huwag manlaban. Manahimik. Tandaan ang nangyari at isulat ito mamaya.
warrant-r-search-title = Ang search warrant ng hukom ay nagpapahintulot sa kanilang pumasok at maghalughog.
warrant-r-search-1 = Puwede nilang halughugin ang mga lugar na nakalista sa warrant. Huwag silang harangan o labanan.
warrant-r-search-2 = Puwede ka pa ring manahimik. Hindi mo kailangang sabihin kung saan ka ipinanganak o ano ang status mo.
warrant-r-search-3 = Humingi ng kopya ng warrant. Tumawag sa abogado sa lalong madaling panahon.
warrant-r-arrest-title = Ang arrest warrant ng hukom ay nagpapahintulot sa kanilang arestuhin ang taong nakapangalan dito.
warrant-r-arrest-1 = Tungkol ito sa taong iyon. Manatiling kalmado at huwag manlaban.
warrant-r-arrest-2 = Kung hindi ka sigurado kung ano ang pinapayagan nitong gawin nila, panatilihing nakasara ang pinto at tumawag sa abogado. Manahimik at huwag pumirma ng kahit ano.
