# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = 逮捕和拘留
arrest-summary = 您或您所愛的人被移民機關逮捕或拘押。
arrest-first = 保持沉默，要求見律師。不要簽任何東西。
arrest-do-lawyer = 您在移民法院有權請律師，但政府不會替您付律師費。請索取免費法律服務的名單。
arrest-do-fear = 如果您害怕回到您的國家，要清楚地告訴官員。要求和庇護官員或法官談話。
arrest-do-bond = 向您的律師詢問保釋聽證的事。法官可能會讓您在案件進行期間出來。不是每個人都能獲得保釋。律師也可能可以在聯邦法院對您被拘留一事提出挑戰。
arrest-do-court = 如果您拿到了移民法院的出庭日期，就要去出庭。如果您錯過了，法官可以在您不在場的情況下下令把您驅逐出境。
arrest-do-consulate = 您可以要求聯絡您國家的領事館。官員必須告訴被拘留的外國公民有這項權利。對某些國家來說，即使您沒有要求，官員也必須通知領事館。如果您害怕您本國的政府，或打算申請庇護，請在聯絡領事館之前先和律師談談。
arrest-do-a-number = 如果您有 A 號碼（A-number），要記住它，並告訴您的家人。這能幫助他們找到您。
arrest-do-find = 要找被 { -ice } 拘押的人，請使用 { -ice } Online Detainee Locator（線上被拘留者查詢系統）。用他的 A 號碼（A-number）和出生國家，或他準確的姓名和出生國家搜尋。
arrest-do-line = 家人也可以打電話到 { -ice } 拘留資訊專線：1-888-351-4024。
arrest-dont-sign = 在和律師談過之前，不要簽任何文件，例如自願離境（voluntary departure）或同意遣返（stipulated removal）。
arrest-dont-lie = 不要說謊。不要出示假證件。
arrest-why-counsel = 聯邦法律規定，在遣返程序中的人可以請自己選擇的律師，但費用不由政府負擔。
arrest-why-consular = 一項條約，也就是《維也納領事關係公約》，規定當局必須毫不延遲地告訴被拘留的外國公民：他們可以要求通知他們的領事館。無論您的身分為何，都適用。
arrest-why-fear = 聯邦法律規定，在快速遣返程序中的人如果說自己害怕回去，就必須被送交庇護官員面談。
arrest-why-bond = 聯邦法規允許被拘留的人請移民法官審查對他們的拘留和保釋金。自 2025 年起，移民法官表示，很多沒有經過入境檢查就進入美國的人不能獲得保釋。聯邦法院可以審查一個人是否被違法拘押。
arrest-why-locator = 這個查詢系統可以用 A 號碼（A-number）和出生國家搜尋，也可以用姓名和出生國家搜尋。
arrest-unsettled-silence = 在移民法院，保持沉默是否會被用來對您不利，目前還沒有定論。您說的話在那裡可以被用來對您不利。請問您的律師。
arrest-unsettled-locator = 在我們的資料來源寫成之後，這個查詢系統的搜尋欄位可能已經改變。
