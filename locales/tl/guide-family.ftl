# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Plano ng paghahanda ng pamilya
family-summary = Maghanda na ngayon, para alam ng pamilya mo ang gagawin.
family-first = Gumawa na ngayon ng plano kung sino ang mag-aalaga sa mga anak mo kung makulong ka.
family-do-memorize = Isaulo ang numero ng telepono ng isang kapamilya, kaibigan o abogado na puwede mong tawagan kung maaresto ka.
family-do-a-number = Isulat ang iyong numerong A (A-number) at ibahagi ito sa pamilya, para mahanap ka nila.
family-do-documents = Itago nang magkakasama sa ligtas na lugar ang mahahalagang papeles: mga birth certificate, mga pasaporte, mga papeles ng mga anak mo. Sabihin sa isang pinagkakatiwalaang tao kung nasaan ang mga ito.
family-do-caregiver = Pumili ng taong mag-aalaga sa mga anak mo. Isulat ito. May form para dito ang ilang estado, gaya ng California.
family-do-money = Magplano para sa pera, sa mga bank account at sa kontrata ng upa mo, para makaraos ang pamilya mo.
family-do-lawyer = Maghanap na ngayon ng abogado. May mga pamilyang nagpupuno ng form (G-28) kasama ang abogado nila nang maaga.
family-dont-passport = Huwag kusang ibigay sa { -ice } ang pasaporte mo o ang mga pasaporte ng pamilya mo. Kung may order of removal (utos ng deportasyon) ka, tanungin ang isang abogado bago ka tumanggi kapag hiningan ka ng mga papeles para sa biyahe.
family-dont-wait = Huwag nang hintayin ang emergency bago gumawa ng plano.
family-why-plan = Pinapayuhan ng mga grupong nagbibigay ng tulong legal ang bawat pamilya na magkaroon ng plano, na nakasentro sa kung sino ang mag-aalaga sa mga bata.
family-unsettled-state = Magkakaiba sa bawat estado ang mga form para pumili ng tagapag-alaga. Tanungin ang isang lokal na abogado kung alin ang gagamitin.
