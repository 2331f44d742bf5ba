# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = 在車上
car-summary = 警察或執法人員攔下您正在開或正在坐的車。
car-first = 把車停在安全的地方。關掉引擎。雙手放在方向盤上；如果您是乘客，就放在腿上。
car-do-papers = 如果您是駕駛人，警察要求時，請出示駕照、車輛登記證和保險證明。州法律要求這樣做。
car-do-out = 如果警察叫您下車，就照做。駕駛人和乘客都一樣。
car-do-silent = 不論是駕駛人還是乘客，您都可以保持沉默。您不必談論您的移民身分。
car-do-no-search = 您可以拒絕讓警察搜查車子。如果警察有充分的理由認為會找到犯罪證據，他們還是可以搜查。
car-do-passenger-free = 乘客可以問自己是否可以離開。如果可以，就冷靜地離開。
car-dont-run = 不要把車開走，也不要逃跑。即使您覺得這次攔查不公平，也不要爭吵或打鬥。
car-dont-lie = 不要說謊。不要出示假證件。
car-dont-reach = 沒有先告訴警員之前，不要把手伸到座位下面或包裡。
car-why-out = 最高法院表示，在合法攔停期間，警察可以命令駕駛人和乘客下車。
car-why-passenger = 警察攔下一輛車時，乘客也算被攔下，可以在法院對不合法的攔停提出挑戰。
car-why-checkpoint = 在美國國內的固定移民檢查站，執法人員不需要任何懷疑，就可以攔車並問簡短的問題。
car-why-roving = 在邊境附近，執法人員可以搜查車輛，尋找沒有證件的人，但他們仍然需要正當的理由才能把車攔下來。搜查車子需要充分的理由或您的同意。
car-unsettled-name = 乘客是否必須說出姓名，要看是哪一州。請看上面關於您所在州的說明。
