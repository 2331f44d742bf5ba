# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = 家庭應變計畫
family-summary = 現在就做好準備，讓您的家人知道該怎麼做。
family-first = 現在就計畫好：如果您被拘留，誰來照顧您的孩子。
family-do-memorize = 背下一位家人、朋友或律師的電話號碼，萬一您被逮捕，可以打給他們。
family-do-a-number = 寫下您的 A 號碼（A-number），並告訴家人，讓他們能找到您。
family-do-documents = 把重要文件放在一起，收在安全的地方：出生證明、護照、您孩子的文件。告訴一個您信任的人這些文件放在哪裡。
family-do-caregiver = 選一個人來照顧您的孩子。把這件事寫成書面文件。有些州，例如加州，有專用的表格。
family-do-money = 為金錢、銀行帳戶和租約做好計畫，讓您的家人能夠應付。
family-do-lawyer = 現在就找好律師。有些家庭會事先和律師一起填好一份表格（G-28）。
family-dont-passport = 不要主動把您的護照或您家人的護照交給 { -ice }。如果您已經有遣返令，在拒絕交出旅行證件的要求之前，請先問律師。
family-dont-wait = 不要等到緊急情況發生才做計畫。
family-why-plan = 法律援助團體建議每個家庭都要有計畫，而計畫的重點是誰來照顧孩子。
family-unsettled-state = 指定照顧者的表格，每一州都不一樣。請問當地律師該用哪一份。
