# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = 隱藏
quick-exit-label = 馬上隱藏這個畫面
neutral-title = 備忘錄
neutral-placeholder = 寫點東西。這裡的內容不會儲存。
neutral-new = 新增備忘錄
neutral-all = 所有備忘錄
neutral-note-1-title = 購物
neutral-note-1-body = 白米、雞蛋、牛奶、豆腐、青菜、蔥、肥皂。
neutral-note-2-title = 番茄蛋花湯
neutral-note-2-body = 番茄、雞蛋、蔥、鹽、麻油。煮十分鐘。
neutral-note-3-title = 這星期
neutral-note-3-body = 繳電話費。打掃廚房。修腳踏車。
hide-tip-title = 「隱藏」怎麼用
hide-tip-text = 點一下「隱藏」，kyr 會馬上顯示一個普通的備忘錄頁面。上面沒有任何 kyr 的內容。要回來，請關掉 kyr，再重新打開。
hide-tip-ok = 知道了

## Privacy
privacy-title = 您的隱私
privacy-text = 這個應用程式不會傳送任何東西，也不需要網路。它只保存您的設定、您儲存的聯絡人，還有您的應變計畫（如果您有做）。您的計畫用您的密碼鎖住。您可以在「設定」裡刪除所有內容。

## The emergency plan (locked)
home-plan = 我的應變計畫
home-plan-hint = 聯絡人、A 號碼（A-number）、家庭計畫。用密碼鎖住。
vault-title = 我的應變計畫
vault-intro = 把您的緊急聯絡人和家庭計畫存在這裡。它們用密碼鎖住，只會留在這支手機上。
vault-pin-label = 密碼（數字或文字）
vault-pin-again = 再輸入一次
vault-pin-hint = 至少用 6 個數字或字母。密碼越長越安全。
vault-create = 用這組密碼鎖住我的計畫
vault-unlock = 打開
vault-lock = 現在鎖住
vault-locked-note = 您離開應用程式時，或過了 5 分鐘，它會自動鎖住。
vault-pin-mismatch = 兩次輸入的密碼不一樣。
vault-pin-short = 至少用 6 個數字或字母。
vault-wrong-pin = 密碼錯誤。
vault-wait = { $seconds ->
   *[other] 請等 { $seconds } 秒，再試一次。
}
vault-unreadable = 無法讀取您的應變計畫。檔案可能已經損壞。它沒有被刪除。您可以保留它，或把它刪除，重新開始。
vault-erase-damaged = 刪除損壞的計畫
vault-opening = 正在開啟…
vault-save = 儲存並鎖住
vault-saved = 已儲存。您的計畫已鎖住。
vault-name-label = 您的姓名
vault-a-number-label = 您的 A 號碼（A-number），如果有的話
vault-contacts-heading = 緊急聯絡人
vault-contact-name = 姓名
vault-contact-phone = 電話號碼
vault-add-contact = 新增聯絡人
vault-remove-contact = 刪除
vault-plan-heading = 家庭計畫
vault-children-label = 誰去接孩子
vault-documents-label = 重要文件放在哪裡
vault-lawyer-name-label = 律師的姓名
vault-lawyer-phone-label = 律師的電話號碼
vault-notes-label = 其他備註
vault-phone-invalid = 這個電話號碼好像不對：{ $phone }
vault-too-long = 內容太長了。請寫短一點。
vault-print = 列印家庭計畫
vault-print-title = 家庭應變計畫
vault-print-note = 把這張紙放在家裡，放在家人找得到的地方。

## "I've been detained" message
detained-button = 我被拘留了：傳送訊息
detained-title = 傳送求助訊息
detained-explain = 這會打開您手機的簡訊，裡面已經寫好一則訊息。要不要傳送由您決定。這個應用程式不會傳送任何東西。
detained-place-label = 他們要把您帶去哪裡？（如果您知道）
detained-to = 收件人
detained-send = 打開我的簡訊
detained-no-contacts = 請先在您的計畫裡新增一位緊急聯絡人。
detained-msg-intro = 我是 { $name }。我被移民局拘留了。
detained-msg-a-number = 我的 A 號碼（A-number）是 { $anumber }。
detained-msg-lawyer = 請打電話給我的律師 { $lawyer }，電話是 { $phone }。
detained-msg-no-lawyer = 請幫我找一位律師。
detained-msg-place = 他們要把我帶去：{ $place }。

## Second PIN for danger
duress-title = 危險時用的第二組密碼（可以跳過）
duress-explain = 如果有人逼您打開計畫，而這個人不是官員（例如虐待您的人），就改輸入這第二組密碼。它會打開一個空白的計畫。沒有人看得出來還有第二組密碼。
officials-no-hiding = 在警察或移民執法人員要求查看您的手機或這個應用程式之後，不要使用第二組密碼，也不要刪除您的計畫。這時隱藏或刪除資料可能構成犯罪。說：「我不同意搜查。」並要求見律師。
duress-pin-label = 第二組密碼
duress-wipe-label = 使用第二組密碼時，也刪除我真正的計畫
duress-wipe-warning = 如果您選這一項，在使用第二組密碼時，您真正的計畫會被永遠刪除，無法復原。
duress-set = 設定第二組密碼
duress-confirm = 我明白了。設定第二組密碼。
duress-same = 第二組密碼必須和您的密碼不一樣。
duress-done = 第二組密碼已設定好。

## Erase everything
wipe-title = 刪除所有內容
wipe-explain = 這會從這支手機刪除您的應變計畫、您儲存的聯絡人、從檔案加入的聯絡人、法律扶助機構的資料包和您的設定。指南會留下。刪除後無法復原。
wipe-button = 刪除所有內容
wipe-confirm = 是的，現在刪除所有內容
wipe-cancel = 取消
wipe-done = 您儲存的所有內容都已刪除。

## Errors
error-vault-locked = 您的計畫已鎖住。請用您的密碼打開。
error-vault-exists = 您已經有計畫了。請用您的密碼打開。
error-vault-unreadable = 無法讀取您的應變計畫。它沒有被刪除。
