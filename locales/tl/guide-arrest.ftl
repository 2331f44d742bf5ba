# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Pag-aresto at detensyon
arrest-summary = Ikaw o isang mahal mo sa buhay ay inaresto o hawak ng imigrasyon.
arrest-first = Manahimik at humingi ng abogado. Huwag pumirma ng kahit ano.
arrest-do-lawyer = May karapatan kang magkaroon ng abogado sa korte ng imigrasyon, pero hindi ito binabayaran ng gobyerno. Humingi ng listahan ng mga libreng serbisyong legal.
arrest-do-fear = Kung natatakot kang bumalik sa bansa mo, sabihin ito nang malinaw sa opisyal. Hilinging makausap ang isang asylum officer o isang hukom.
arrest-do-bond = Tanungin ang abogado mo tungkol sa bond hearing (pagdinig para sa bond). Maaaring palabasin ka ng hukom habang tumatakbo ang kaso mo. Hindi lahat ay puwedeng mabigyan ng bond. Maaaring kaya rin ng abogado na kuwestiyunin ang pagkakakulong mo sa pederal na korte.
arrest-do-court = Kung bibigyan ka ng petsa sa korte ng imigrasyon, pumunta ka. Kung hindi ka pumunta, puwedeng mag-utos ang hukom na i-deport ka kahit wala ka roon.
arrest-do-consulate = Puwede mong hilingin na makipag-ugnayan sa konsulado mo. Dapat sabihin ng mga opisyal sa isang nakakulong na dayuhan ang tungkol sa karapatang ito. Para sa ilang bansa, dapat abisuhan ng mga opisyal ang konsulado kahit hindi mo ito hilingin. Kung natatakot ka sa gobyerno ng sarili mong bansa, o balak mong humingi ng asylum, kausapin ang isang abogado bago ka makipag-ugnayan sa konsulado mo.
arrest-do-a-number = Alamin ang iyong numerong A (A-number) kung mayroon ka nito, at ibigay ito sa pamilya mo. Makakatulong ito sa kanila na mahanap ka.
arrest-do-find = Para mahanap ang isang taong hawak ng { -ice }, gamitin ang { -ice } Online Detainee Locator (paghahanap ng mga nakakulong sa internet). Maghanap gamit ang kanyang numerong A (A-number) at ang bansang sinilangan niya, o ang eksaktong pangalan niya at ang bansang sinilangan niya.
arrest-do-line = Puwede ring tumawag ang mga pamilya sa linya ng impormasyon tungkol sa detensyon ng { -ice }: 1-888-351-4024.
arrest-dont-sign = Huwag pumirma ng anumang papel, gaya ng voluntary departure (kusang pag-alis) o stipulated removal (pagpayag sa deportasyon), bago ka makipag-usap sa abogado.
arrest-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
arrest-why-counsel = Ayon sa pederal na batas, ang isang taong may kaso ng deportasyon (removal proceedings) ay puwedeng magkaroon ng abogadong pinili niya, pero hindi sa gastos ng gobyerno.
arrest-why-consular = Ayon sa isang kasunduan, ang Vienna Convention on Consular Relations, dapat sabihin agad ng mga awtoridad sa isang nakakulong na dayuhan na puwede niyang ipaabiso ito sa konsulado niya. Nalalapat ito anuman ang status mo.
arrest-why-fear = Ayon sa pederal na batas, ang isang taong nasa mabilis na deportasyon na nagsasabing natatakot siyang bumalik ay dapat ipadala sa isang asylum officer para sa isang interview.
arrest-why-bond = Pinapayagan ng mga pederal na patakaran ang isang taong nakakulong na hilingin sa isang hukom ng imigrasyon na suriin ang pagkakakulong niya at ang bond niya. Mula 2025, sinasabi ng mga hukom ng imigrasyon na maraming taong pumasok sa U.S. nang hindi dumaan sa inspeksyon ang hindi puwedeng mabigyan ng bond. Puwedeng suriin ng mga pederal na korte kung labag sa batas ang pagkakakulong ng isang tao.
arrest-why-locator = Puwedeng maghanap sa Online Detainee Locator gamit ang numerong A (A-number) at ang bansang sinilangan, o gamit ang pangalan at ang bansang sinilangan.
arrest-unsettled-silence = Hindi pa malinaw kung puwedeng gamitin laban sa iyo sa korte ng imigrasyon ang pananahimik mo. Ang mga sinasabi mo ay puwedeng gamitin laban sa iyo roon. Tanungin ang abogado mo.
arrest-unsettled-locator = Maaaring nagbago na ang mga field sa paghahanap ng locator mula nang isulat ang mga sanggunian namin.
