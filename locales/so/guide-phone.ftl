# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = Taleefankaaga
phone-summary = Booliska ama saraakiishu waxay rabaan inay eegaan taleefankaaga.
phone-first = Taleefankaaga ku xir lambar sir ah, ha ku xirin wejigaaga ama raadka farahaaga.
phone-do-no-consent = Sheeg inaadan oggolayn in taleefankaaga la baaro.
phone-do-passcode = Isticmaal lambar sir ah oo dheer. Dami furista wejiga iyo raadka faraha kahor bannaanbax ama safar xuduudda laga gudbayo.
phone-do-silent = Aamus. Codso qareen kahor intaadan qofna siin lambarkaaga sirta ah.
phone-dont-unlock = Taleefankaaga ha u furin booliska sababtoo ah way ku weydiiyeen.
phone-dont-delete = Waxba ha ka tirtirin taleefankaaga kadib marka booliisku ama saraakiishu weydiistaan taleefanka. Qarinta ama burburinta xogta markaas waxay noqon kartaa dambi.
phone-dont-fight = Jir ahaan ha iska caabin haddii ay qaataan taleefanka.
phone-why-riley = Maxkamadda Sare waxay tiri booliisku badanaa waxay u baahan yihiin waaran si ay u baaraan xogta ku jirta taleefanka qof ay xireen.
phone-why-biometric = Hal maxkamad racfaan federaal ah ayaa u oggolaatay booliska inay qasab ku saaraan suulka qofka taleefankiisa si ay u furaan. Lambar sir ah oo aad xafidday ayaa ku siiya ilaalin ka sii xooggan.
phone-why-border = Xuduudda, saraakiishu waxay eegi karaan taleefan iyagoon waaran haysan. Siyaasadda { -cbp } waxay leedahay baaritaan caadi ah uma baahna shaki, baaritaan horumarsan oo qalab lagu sameeyana wuxuu u baahan yahay shaki macquul ah ama walaac amniga qaranka ah.
phone-unsettled-circuits = Maxkamaduhu isma waafaqsana baaritaanka taleefannada ee xuduudda. Maxkamadaha racfaanka qaarkood waxay yiraahdaan baaritaan qalab lagu sameeyo wuxuu u baahan yahay shaki macquul ah. Mid kale waxay tiraahdaa uma baahna wax shaki ah. Sidoo kale isma waafaqsana waxa saraakiishu raadin karaan. Tani way isbeddeli kartaa.
phone-unsettled-passcode = In booliisku kugu qasbi karaan inaad u sheegto lambarkaaga sirta ah iyo in kale weli lama go'aamin. Lambar sir ah oo aad xafidday ayaa weli kuu ilaalin ka fiican wejigaaga ama raadka farahaaga.
phone-unsettled-policy = Waxaa la sheegay in { -cbp } ay beddeshay siyaasaddeeda baaritaanka taleefanka Janaayo 2026. Ma aynaan akhrin siyaasadda cusub, sidaa darteed xeerarka kore waxaa laga yaabaa inay isbeddeleen.
