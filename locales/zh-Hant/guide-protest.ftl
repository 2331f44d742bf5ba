# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = 抗議和錄影
protest-summary = 您在公共場所參加遊行、觀察執法人員，或錄下他們。
protest-first = 出發之前先了解風險。和警察的任何接觸，即使沒有被逮捕，都可能引起移民方面的問題。
protest-do-record = 您可以錄下警察和執法人員在公共場所執行職務。他們要您離多遠，您就離多遠。不要妨礙他們。
protest-do-phone = 參加抗議之前，關閉臉部和指紋解鎖，改用密碼。
protest-do-silent = 如果警察攔下您，您可以保持沉默，並要求見律師。
protest-do-plan = 和朋友一起去。背下一個人的電話號碼，萬一您被逮捕，可以打給他。
protest-dont-fight = 即使您認為逮捕是錯的，也不要打鬥或反抗。
protest-dont-carry = 不要攜帶其他國家的證件，也絕對不要出示假證件。
protest-dont-sign = 在和律師談過之前，不要簽任何東西。
protest-why-speech = 美國憲法第一修正案保護在美國的每一個人和平抗議。和平抗議不在驅逐出境的理由清單上。但被逮捕或被控刑事罪可能會導致驅逐出境。
protest-why-record = 好幾個聯邦上訴法院表示，第一修正案保護人們錄下在公共場所工作的官員，但有合理的限制。
protest-why-passcode = 背下來的密碼，比臉部或指紋解鎖能給您更強的法律保護。
protest-unsettled-courts = 法院並不總是以同樣的方式保護移民的言論自由權利。
protest-unsettled-visas = 自 2025 年起，政府因為抗議或言論，取消了一些簽證，並試圖把一些非公民驅逐出境，其中包括學生和綠卡持有人。法院正在裁決這樣做是否合法。如果您不是美國公民，尤其是如果您持有簽證，請在去之前先和律師談談。
protest-unsettled-impeding = 阻擋或干擾聯邦官員是犯罪。錄影時要保持距離。
protest-unsettled-scans = 有影片顯示執法人員把手機對著抗議者。這可能是在掃描臉部。請看關於臉部和指紋掃描的指南。
protest-unsettled-record = 並不是每個法院都對錄影做過裁決，而這些裁決如何適用於聯邦執法人員，也比較不清楚。
