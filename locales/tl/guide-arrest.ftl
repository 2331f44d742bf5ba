# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Pag-aresto at detensyon
arrest-summary = Ikaw o isang mahal mo sa buhay ay inaresto o hawak ng imigrasyon.
arrest-first = Manahimik at humingi ng abogado. Huwag pumirma ng kahit ano.
arrest-do-lawyer = May karapatan kang magkaroon ng abogado sa korte ng imigrasyon, pero hindi ito binabayaran ng gobyerno. Humingi ng listahan ng mga libreng serbisyong legal.
arrest-do-consulate = Puwede mong hilingin na makipag-ugnayan sa konsulado mo. Dapat sabihin ng mga opisyal sa isang nakakulong na dayuhan ang tungkol sa karapatang ito.
arrest-do-a-number = Alamin ang A-number mo kung mayroon ka nito, at ibigay ito sa pamilya mo. Makakatulong ito sa kanila na mahanap ka.
arrest-do-find = Para mahanap ang isang taong hawak ng { -ice }, gamitin ang { -ice } Online Detainee Locator (paghahanap ng mga nakakulong sa internet). Maghanap gamit ang A-number niya at ang bansang sinilangan niya, o ang eksaktong pangalan niya at ang bansang sinilangan niya.
arrest-do-line = Puwede ring tumawag ang mga pamilya sa linya ng impormasyon tungkol sa detensyon ng { -ice }: 1-888-351-4024.
arrest-dont-sign = Huwag pumirma ng anumang papel, gaya ng voluntary departure (kusang pag-alis) o stipulated removal (pagpayag sa deportasyon), bago ka makipag-usap sa abogado.
arrest-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
arrest-why-counsel = Ayon sa pederal na batas, ang isang taong may kaso ng deportasyon (removal proceedings) ay puwedeng magkaroon ng abogadong pinili niya, pero hindi sa gastos ng gobyerno.
arrest-why-consular = Ayon sa isang kasunduan, ang Vienna Convention on Consular Relations, dapat sabihin agad ng mga awtoridad sa isang nakakulong na dayuhan na puwede niyang ipaabiso ito sa konsulado niya. Nalalapat ito anuman ang status mo.
arrest-why-locator = Hindi ipinapakita ng locator ang mga taong wala pang 18 taong gulang.
arrest-unsettled-silence = Hindi pa malinaw kung puwedeng gamitin laban sa iyo sa korte ng imigrasyon ang pananahimik mo. Tanungin ang abogado mo.
arrest-unsettled-locator = Maaaring nagbago na ang mga field sa paghahanap ng locator mula nang isulat ang mga sanggunian namin.
