# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = 本應用程式提供法律資訊，不是法律建議。關於您的案件，請諮詢律師。要找免費或低收費的協助，請打開本應用程式裡的「尋找法律協助」。移民法院也有公布一份免費法律服務機構的名單。

## Stopped right now?

right-now-title = 現在被攔下了嗎？
right-now-summary = 最重要的步驟，按順序排列。
right-now-first = 保持冷靜。不要跑。把手放在執法人員看得到的地方。
right-now-do-free-to-go = 問他們您是否可以離開。如果他們說可以，就慢慢走開。
right-now-do-silent = 您可以保持沉默。要大聲說出來：您要保持沉默。
right-now-do-name = 在某些州，如果警察因為懷疑有犯罪而攔下您，您必須告訴他們您的姓名。絕對不要說假名字。
right-now-do-papers = 如果您有有效的美國移民文件，而移民執法人員要求查看，請出示。不要出示其他國家的證件。
right-now-do-no-search = 如果他們要搜查您或您的東西，您可以拒絕。警察還是可以在您的衣服外面拍摸，檢查有沒有武器。不要反抗。說：「我不同意搜查。」
right-now-do-lawyer = 要求見律師。在和律師談過之前，不要簽任何文件。
right-now-dont-run = 即使您覺得這次攔查不公平，也不要跑、推人或打鬥。
right-now-dont-lie = 不要說謊，也不要出示假證件。對聯邦執法人員說謊是犯罪。

## On the street

street-title = 在街上
street-summary = 警察或移民執法人員在公共場所攔下您。
street-first = 保持冷靜。不要跑。問他們您是否可以離開。
street-do-free-to-go = 如果他們說您可以離開，就慢慢走開。
street-do-silent = 您可以保持沉默。要大聲說出來：您要保持沉默。
street-do-name = 在某些州，如果警察因為懷疑您犯罪而攔下您，您必須說出您的姓名。絕對不要說假名字。您不必回答關於您在哪裡出生或您的移民身分的問題。
street-do-no-search = 如果他們要搜查您或您的包，您可以拒絕。警察還是可以在您的衣服外面拍摸，檢查有沒有武器。不要反抗。
street-do-carry-papers = 如果您年滿 18 歲，而且美國發給了您移民文件（例如綠卡），請隨身攜帶。
street-do-show-papers = 如果您有有效的美國移民文件，而移民執法人員要求查看，請出示。不要出示其他國家的證件。
street-do-ask-agency = 問他們來自哪個機關。移民執法人員有時穿著印有「POLICE」的背心，或說自己是警察。
street-dont-run = 即使您覺得這次攔查不公平，也不要跑、推人或打鬥。
street-dont-lie = 不要說謊。不要出示假證件。
street-dont-foreign-papers = 如果您沒有合法身分，不要攜帶其他國家的證件，例如護照。不要主動把這些證件交給執法人員。如果您已經有遣返令，在拒絕交出旅行證件的要求之前，請先問律師。
street-dont-sign = 在和律師談過之前，不要簽任何文件。
street-why-silence = 無論移民身分為何，美國憲法都給予在美國境內的每一個人保持沉默的權利。
street-why-name = 最高法院允許各州在警察因為懷疑有犯罪而合法攔下您時，要求您說出姓名。有些州要求更多，例如您的地址。關於您在哪裡出生和您的移民身分，您仍然可以保持沉默。
street-why-carry = 一項聯邦法律規定，年滿 18 歲的非公民必須隨時攜帶發給他們的移民文件。不攜帶就是犯罪。
street-why-frisk = 如果警察有合理的理由認為您帶著武器，他們可以在您的衣服外面拍摸檢查。這不是全面搜查。
street-why-fourth = 美國憲法第四修正案保護在美國的每一個人不受不合理的搜查和扣押。所以您可以拒絕搜查。
street-why-lie = 對聯邦執法人員說謊是犯罪。不是美國公民卻說自己是美國公民，也是犯罪，而且可能讓您永遠無法取得合法身分。出示假證件也是犯罪。
street-why-run = 逃跑可能讓警察有理由攔下您。和聯邦官員打鬥或阻擋聯邦官員是犯罪。
street-why-287g = 在某些地方，地方警察或郡警長和 { -ice } 簽有一種叫 287(g) 的協議，做一些移民方面的工作。面對他們時，您的權利是一樣的。
street-unsettled-name-states = 只有某些州有法律要求您說出姓名。這些州的各種名單並不一致。請向當地律師詢問您所在州的情況。
street-unsettled-expedited = 自 2025 年 1 月起，政府表示，對於無法證明自己已在美國住滿兩年的人，可以在美國任何地方使用快速遣返程序（「expedited removal」）。法院已經不只一次改變這個做法。如果您害怕回到您的國家，請清楚地告訴官員，並要求和庇護官員談話。有些律師建議保留能證明您在這裡住了多久的文件，例如報稅紀錄、薪資單或租約。隨身攜帶這些文件也可能帶來問題。請問律師怎樣做最適合您。
street-unsettled-border = 在邊境口岸，以及從其他國家抵達機場時，適用不同的規定。請看關於邊境的指南。
street-unsettled-federal = 關於說出姓名的州法律是針對警察寫的。這些法律如何適用於聯邦移民執法人員，目前還不清楚。關於您在哪裡出生和您的身分，您隨時都可以保持沉默。
street-unsettled-roving = 2025 年 9 月，最高法院允許南加州的移民執法人員繼續攔人，同時法院正在審理一個案件，裁決根據人的長相、說的語言、所在的地方或做的工作來攔人是否合法。執法人員仍然需要有合理懷疑才能攔下您。

## Agents at your door

door-title = 執法人員在您家門口
door-summary = 警察或 { -ice } 來敲您家的門。
door-first = 不要開門。您可以隔著關上的門說話。
door-do-ask-who = 問他們是誰、來自哪個機關、為什麼來這裡。請他們隔著窗戶給您看他們的證件。
door-do-slide-warrant = 請他們把令狀從門縫下塞進來，或者拿到窗戶前給您看。
door-do-judge = 法官簽發的令狀，頂部有法院的名稱。令狀由法官簽名。
door-do-ice-form = { -ice } 令狀頂部寫著「{ -dhs-on-papers }」。簽名的是 { -ice } 官員，不是法官。I-200 和 I-205 表格就是 { -ice } 令狀。
door-do-silent = 您可以保持沉默。您不必回答他們的問題。
door-dont-open = 不要為了看文件或說話而開門。
door-dont-step-out = 不要走到外面去說話。執法人員有時會想辦法讓人出來，好逮捕他們。
door-dont-resist = 如果執法人員還是進來了，不要推他們，也不要和他們打鬥。說您不同意，並保持冷靜。
door-dont-lie = 不要說謊。不要出示假證件。
door-dont-sign = 在和律師談過之前，不要簽任何文件。
door-why-payton = 沒有法官簽名的令狀，警察不可以進入您家逮捕您，除非您同意或有緊急情況。請看下面關於 { -ice } 備忘錄的說明。
door-why-fourth = 美國憲法第四修正案保護您的家不受不合理的搜查。所以法官簽發的令狀或您的同意很重要。
door-why-arrest-warrant = 法官簽發的逮捕令允許官員進入令狀上寫明的那個人的家，前提是他們認為這個人在裡面。要在別人的家裡搜找這個人，他們需要搜查令、同意或緊急情況。
door-why-ruse = 移民執法人員有時會打扮成警察，或說自己是警察，好讓人開門或走出來。
door-why-ice-forms = { -ice } 令狀（I-200 和 I-205 表格）是由移民官員簽名，不是由法官簽名。
door-why-silence = 無論移民身分為何，美國憲法都給予每一個人保持沉默的權利。
door-unsettled-memo = { -ice } 在 2025 年 5 月 12 日發出的一份備忘錄說，執法人員可以憑 I-205 令狀強行進入住家，逮捕已有最終遣返令的人。這和 { -ice } 以前教給官員的做法相反。有人正在法院對此提出挑戰。即使如此，也不要開門，並說您不同意。

## Face or fingerprint scan

scan-title = 臉部或指紋掃描
scan-summary = 執法人員把手機對著您的臉，或者要您伸出手指。
scan-first = 保持冷靜。不要跑。不要把手機推開。
scan-do-say-no-consent = 您可以說您不同意這次掃描。
scan-do-silent = 關於您在哪裡出生和您的移民身分，您可以保持沉默。
scan-do-free-to-go = 問他們您是否可以離開。
scan-do-lawyer = 要求見律師。
scan-do-carry = 如果您有綠卡，而且年滿 18 歲，法律規定要隨身攜帶。美國公民不必攜帶公民身分證明。一位國會議員說，{ -ice } 告訴它的官員：如果 { -mobile-fortify } 顯示某人不是公民，官員可以不理會公民身分證明，例如出生證明。
scan-do-write-down = 事後，把發生的事寫下來：時間、地點、執法人員說了什麼、他們的姓名或警徽號碼、車牌，以及他們掃描的是您的臉還是您的手指。
scan-dont-resist = 即使您覺得這次掃描不公平，也不要打鬥或逃跑。
scan-dont-lie = 不要說謊。不要出示假證件。
scan-why-what = { -ice } 執法人員使用一個叫 { -mobile-fortify } 的手機應用程式。他們把手機對著一個人的臉，不經詢問就拍照，並在幾秒鐘內搜尋政府資料庫。
scan-why-databases = { -mobile-fortify } 也能在不碰觸手指的情況下讀取指紋。政府主要的指紋和臉部資料庫，存有超過 2.7 億人的紀錄。
scan-why-kept = { -dhs }的一份文件說，這些照片會保存 15 年，包括美國公民的照片。
scan-why-not-proof = 只有比對相符並不是證據。{ -dhs }的一項規定（Directive 026-11）說，臉部辨識不可以是採取執法行動的唯一理由。當比對結果有疑問時，其他機構，例如 { -cbp } 和 TSA，會核對證件。
scan-why-errors = 臉部辨識在辨識女性和有色人種時，出錯比較多。
scan-unsettled-refuse = { -dhs }的一份文件說，{ -ice } 不會給人拒絕掃描的機會。還沒有法院明確說明您是否可以拒絕。您仍然可以說您不同意，但執法人員可能還是會掃描您。
scan-unsettled-fingerprints = 2020 年，{ -ice } 表示，用一款較舊的手機應用程式採集指紋是自願的。現在是否仍然如此，並不清楚。
scan-unsettled-match = 人權團體說，即使其他證據顯示情況並非如此，{ -ice } 執法人員也可能把比對結果當作定論。{ -dhs }禁止只憑臉部辨識採取行動的規定，現在是否仍被遵守，並不清楚。
scan-unsettled-lawsuit = 2026 年 1 月，伊利諾州和芝加哥市提起了一項訴訟，其中涉及 { -mobile-fortify } 的使用。這個案件可能會改變規定。
