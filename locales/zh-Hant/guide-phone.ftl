# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = 您的手機
phone-summary = 警察或執法人員想看您的手機。
phone-first = 用密碼鎖住手機，不要用臉部或指紋解鎖。
phone-do-no-consent = 說您不同意搜查您的手機。
phone-do-passcode = 使用長一點的密碼。參加抗議或跨越邊境旅行之前，關閉臉部和指紋解鎖。
phone-do-silent = 保持沉默。在把密碼告訴任何人之前，先要求見律師。
phone-dont-unlock = 不要因為警察要求，就替他們解鎖手機。
phone-dont-delete = 在警察或執法人員要您的手機之後，不要刪除手機裡的東西。這時隱藏或銷毀資料可能構成犯罪。
phone-dont-fight = 如果他們拿走手機，不要用身體反抗。
phone-why-riley = 最高法院表示，警察要搜查被逮捕者手機裡的資料，通常需要令狀。
phone-why-biometric = 有一個聯邦上訴法院允許警察強迫一個人把拇指按在他的手機上解鎖。背下來的密碼能提供更強的保護。
phone-why-border = 在邊境，執法人員不需要令狀就可以查看手機。{ -cbp } 的政策說，基本搜查不需要任何懷疑；使用工具的進階搜查則需要合理懷疑或國家安全方面的顧慮。
phone-unsettled-circuits = 法院對邊境搜查手機的看法不一致。有些上訴法院說，使用工具的搜查需要合理懷疑。另一個上訴法院說，不需要任何懷疑。它們對執法人員可以找什麼也有不同看法。這可能會改變。
phone-unsettled-passcode = 警察能不能強迫您說出密碼，目前還沒有定論。背下來的密碼仍然比臉部或指紋更能保護您。
phone-unsettled-policy = 據報導，{ -cbp } 在 2026 年 1 月換掉了它的手機搜查政策。我們還沒有讀過新政策，所以上面的規定可能已經改變。
