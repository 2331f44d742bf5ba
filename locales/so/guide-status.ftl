# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = Tag ballan kasta oo check-in ah ee { -ice }. { -ice } waxay dadka u oggolaataa inay ballanta check-in ku qabsadaan internetka.
status-do-prepare = Kahor dhegaysi ama ballan check-in, la hadal qareen, qaado lambarkiisa taleefanka, oo samee qorshe qoys.
status-do-visa = Haddii aad haysato fiiso, sida fiisada ardayga, shaqada ama booqashada, xeerar kale ayaa adiga kugu khuseeya. Been ha sheegin. Weydii qareen, ama xafiiska ardayda caalamiga ah ee dugsigaaga, waxa ay waajib kugu tahay inaad ka jawaabto.
status-do-register = Tan iyo Abriil 2025, dowladdu waxay ka codsanaysaa dadka aan weligood is diiwaangelin inay is diiwaangeliyaan, iyagoo isticmaalaya Foomka G-325R. La hadal qareen kahor intaadan is diiwaangelin ama ka jawaabin codsi ah inaad is diiwaangeliso.
status-why-absentia = Sharciga federaalku wuxuu dhigayaa in qofka helay ogeysiis qoran oo dhegaysi ah oo aan iman, waa in laga soo saaraa amar tarxiil.
status-why-court-arrests = Tan iyo Maajo 2025, { -ice } waxay xirtay dad badan oo yimid maxkamadda socdaalka, inta badan isla markiiba kadib marka dowladdu codsato in kiiskooda la joojiyo.
status-why-register = Sharci federaal ah ayaa dhigaya in dad badan oo aan muwaadiniin ahayn ay waajib ku tahay inay is diiwaangeliyaan. In si ula kac ah aan loo is diiwaangelin waxay noqon kartaa dambi. Is-diiwaangelintu sidoo kale waxay dowladda siisaa xogtaada. Taasi waa sababta ay tahay inaad marka hore la hadasho qareen.
status-why-visa = Waaxda Arrimaha Dibadda (State Department) waxay baajin kartaa fiiso waqti kasta.
status-unsettled-register = Weli ma cadda sida dowladdu u isticmaali doonto xogta is-diiwaangelinta, iyo cidda ay dacwad ku oogi doonto inay is diiwaangelin waayeen. Weydii qareen.
status-do-court = Ogow taariikhda dhegaysigaaga maxkamadeed ee xiga, oo tag. Haddii aad ka maqnaato, garsooruhu wuxuu amri karaa in lagu tarxiilo adigoon joogin.
status-first = Weligaa ha ka maqnaan dhegaysi maxkamadda socdaalka ama ballanta check-in ee { -ice }. La hadal qareen kahor intaadan tagin.
status-summary = Waxaad leedahay taariikh maxkamadeed ama ballan check-in ee { -ice }, waxaad haysataa fiiso, ama waxaa lagu weydiistay inaad is diiwaangeliso.
status-title = Taariikhaha maxkamadda, ballamaha check-in, fiisooyinka iyo is-diiwaangelinta
