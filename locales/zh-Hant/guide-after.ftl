# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = 和執法人員接觸之後
after-summary = 把事情寫下來、尋求協助，並找到被帶走的人。
after-first = 一旦您安全了，就把發生的事寫下來。
after-do-write = 寫下日期、時間和地點，執法人員說了什麼、做了什麼，他們的姓名或警徽號碼、車牌，以及他們拿走了什麼。
after-do-witnesses = 寫下目擊者的姓名和電話號碼。把照片和影片保存好。
after-do-lawyer = 就發生的事，和律師或快速回應熱線談談。
after-do-find = 如果有人被帶走，請在 { -ice } Online Detainee Locator（線上被拘留者查詢系統）上搜尋：輸入他的 A 號碼（A-number）和出生國家，或他準確的姓名和出生國家。
after-do-line = 您也可以打電話到 { -ice } 拘留資訊專線：1-888-351-4024。
after-dont-post = 不要在網路上公開某個人身分的細節。
after-dont-sign = 在和律師談過之前，不要替被拘留的人簽文件。
after-why-record = 好幾個聯邦上訴法院認為，在公共場所錄下官員執行職務是受保護的。您的筆記和影片可以幫助律師。
after-why-locator = Online Detainee Locator（線上被拘留者查詢系統）由 { -ice } 營運。您可以用 A 號碼（A-number）和出生國家搜尋，也可以用姓名和出生國家搜尋。
after-unsettled-locator = 這個查詢系統可能沒有列出所有人。未滿 18 歲的兒童可能不會被列出。如果您找不到這個人，請打電話給律師。
