# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Mga paaralan, ospital, lugar ng pagsamba, korte
places-summary = Pupunta ka sa paaralan, ospital, lugar ng pagsamba o korte.
places-first = Hindi na ligtas na sona ang mga lugar na ito. Puwedeng kumilos doon ang mga opisyal.
places-do-same = Pareho pa rin ang mga karapatan mo roon: manahimik, huwag pumayag sa paghalughog, humingi ng abogado.
places-do-court = Kung may pagdinig (hearing) ka sa korte ng imigrasyon o check-in sa { -ice }, huwag kang lumiban dito. Kung hindi ka pumunta sa pagdinig sa korte, puwedeng mag-utos ang hukom na i-deport ka kahit wala ka roon. Kausapin ang isang abogado bago ka pumunta, dalhin ang numero ng telepono niya, at gumawa ng plano ng pamilya.
places-do-plan = Gumawa ng plano ng pamilya: sino ang susundo sa mga anak mo kung hindi mo kaya.
places-dont-lie = Huwag magsinungaling. Huwag magpakita ng pekeng papeles.
places-why-rescinded = Noong Enero 20, 2025, tinapos ng gobyerno ang patakarang naglilimita sa pagpapatupad ng batas sa mga paaralan, ospital at lugar ng pagsamba. Ang mga opisyal na ngayon ang nagpapasya, kaso por kaso.
places-why-courts = Noong Enero 2025, pinalitan ng { -ice } ang memo nito noong 2021 na naglilimita sa pag-aresto sa loob o malapit sa mga korte. Mula Mayo 2025, marami nang inaresto ang { -ice } na mga taong pumunta sa mga pagdinig sa korte ng imigrasyon.
places-unsettled-lawsuits = Dumulog sa korte ang mga grupong panrelihiyon dahil sa pagtatapos ng patakaran tungkol sa mga protektadong lugar. Maaaring magbago ulit ang mga patakaran.
