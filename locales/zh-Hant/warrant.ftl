# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = 文件頂部寫著什麼？
warrant-h-top = 請他們把文件從門縫下塞進來，或者拿到窗戶前給您看。不要開門。
warrant-a-top-court = 法院的名稱，例如「United States District Court」（美國聯邦地區法院）
warrant-a-top-dhs = 「{ -dhs-on-papers }」，或 I-200 或 I-205 表格
warrant-a-unsure = 我看不出來
warrant-q-signed = 是誰簽名的？
warrant-h-signed = 看文件底部。簽名人的職稱印在簽名下面。
warrant-a-signed-judge = 法官或治安法官（magistrate judge）
warrant-a-signed-officer = 移民官員或執法人員
warrant-q-name = 它是針對您或您家的嗎？姓名和地址寫得正確嗎？
warrant-h-name = 核對上面的人名和地址。
warrant-a-name-yes = 是，都寫對了
warrant-a-name-no = 不是，姓名或地址不對
warrant-q-allows = 它允許他們做什麼？
warrant-h-allows = 找「search」（搜查）或「arrest」（逮捕）這兩個字。
warrant-a-allows-search = 搜查一個地方。上面列著我的地址。
warrant-a-allows-arrest = 逮捕一個人。上面寫著一個人的名字。

warrant-r-admin-title = 這是 { -ice } 令狀，不是法官簽發的令狀。
warrant-r-admin-1 = 簽名的是移民官員，不是法官。
warrant-r-admin-2 = 把門關著。說您不同意他們進來。
warrant-r-admin-3 = { -ice } 在 2025 年 5 月發出的一份備忘錄說，執法人員可以憑 I-205 令狀強行進入，逮捕已有最終遣返令的人。有人正在法院對此提出挑戰。如果執法人員還是進來了，不要打鬥。保持沉默，要求見律師。
warrant-r-unsure-title = 您無法確定這份文件是什麼。
warrant-r-unsure-1 = 把門關著。法官簽發的令狀，頂部有法院的名稱，並由法官簽名。
warrant-r-unsure-2 = 如果可以，現在就打電話給律師或快速回應熱線。
warrant-r-wrong-title = 這份令狀可能不是針對您或您家的。
warrant-r-wrong-1 = 隔著關上的門告訴他們：姓名或地址不對。不要開門。
warrant-r-wrong-2 = 如果他們還是進來了，不要打鬥。保持沉默。記住發生的事，之後再寫下來。
warrant-r-search-title = 法官簽發的搜查令允許他們進來搜查。
warrant-r-search-1 = 他們可以搜查令狀上列出的地方。不要阻擋他們，也不要打鬥。
warrant-r-search-2 = 您仍然可以保持沉默。您不必說出您在哪裡出生，或您的身分是什麼。
warrant-r-search-3 = 要求一份令狀的副本。盡快打電話給律師。
warrant-r-arrest-title = 法官簽發的逮捕令允許他們逮捕令狀上寫明的人。
warrant-r-arrest-1 = 它針對的是那個人。保持冷靜，不要打鬥。
warrant-r-arrest-2 = 如果您不確定它允許他們做什麼，就把門關著，並打電話給律師。保持沉默，不要簽任何東西。
