# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = Pumunta sa bawat check-in sa { -ice }. Pinapayagan ng { -ice } ang mga tao na mag-iskedyul ng check-in online.
status-do-prepare = Bago ang isang pagdinig o check-in, kausapin ang isang abogado, dalhin ang numero ng telepono niya, at gumawa ng plano ng pamilya.
status-do-visa = Kung may visa ka, gaya ng student visa, work visa o visitor visa, iba ang mga patakarang nalalapat sa iyo. Huwag magsinungaling. Tanungin ang isang abogado, o ang opisina ng paaralan mo para sa mga international student, kung ano ang dapat mong sagutin.
status-do-register = Mula Abril 2025, hinihiling ng gobyerno sa mga taong hindi pa kailanman nagparehistro na magparehistro, gamit ang form G-325R. Kausapin ang isang abogado bago ka magparehistro o sumagot sa isang paghiling na magparehistro.
status-why-absentia = Ayon sa pederal na batas, ang isang taong nakatanggap ng nakasulat na abiso tungkol sa isang pagdinig at hindi pumunta ay bibigyan ng utos ng deportasyon.
status-why-court-arrests = Mula Mayo 2025, marami nang inaresto ang { -ice } na mga taong pumunta sa korte ng imigrasyon, kadalasan kaagad pagkatapos hilingin ng gobyerno na tapusin ang kaso nila.
status-why-register = Ayon sa isang pederal na batas, maraming hindi mamamayan ang dapat magparehistro. Puwedeng maging krimen ang sadyang hindi pagpaparehistro. Naibibigay rin sa gobyerno ang impormasyon mo kapag nagparehistro ka. Kaya dapat kang makipag-usap muna sa isang abogado.
status-why-visa = Puwedeng kanselahin ng State Department (Kagawaran ng Estado) ang isang visa anumang oras.
status-unsettled-register = Hindi pa malinaw kung paano gagamitin ng gobyerno ang impormasyon sa pagpaparehistro, at kung sino ang kakasuhan nito dahil sa hindi pagpaparehistro. Tanungin ang isang abogado.
status-do-court = Alamin ang petsa ng susunod mong pagdinig sa korte, at pumunta ka. Kung hindi ka pumunta, puwedeng mag-utos ang hukom na i-deport ka kahit wala ka roon.
status-first = Huwag kailanman lumiban sa pagdinig sa korte ng imigrasyon o sa check-in sa { -ice }. Kausapin ang isang abogado bago ka pumunta.
status-summary = May petsa ka sa korte o check-in sa { -ice }, may visa ka, o hiniling sa iyong magparehistro.
status-title = Mga petsa sa korte, check-in, visa at pagpaparehistro
