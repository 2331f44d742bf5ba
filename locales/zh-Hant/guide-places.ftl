# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = 學校、醫院、宗教場所、法院
places-summary = 您要去學校、醫院、宗教場所或法院。
places-first = 這些地方已經不再是安全區。執法人員可能在那裡採取行動。
places-do-same = 您在那裡的權利是一樣的：保持沉默，不同意搜查，要求見律師。
places-do-court = 如果您有移民法院的聽證或 { -ice } 報到，不要缺席。如果您錯過了法院聽證，法官可以在您不在場的情況下下令把您驅逐出境。去之前先和律師談談，隨身帶著律師的電話號碼，並做好家庭計畫。
places-do-plan = 做好家庭計畫：如果您不能去接孩子，由誰去接。
places-dont-lie = 不要說謊。不要出示假證件。
places-why-rescinded = 2025 年 1 月 20 日，政府取消了限制在學校、醫院和宗教場所執法的政策。現在由官員逐案決定。
places-why-courts = 2025 年 1 月，{ -ice } 換掉了它在 2021 年發出、限制在法院內或法院附近逮捕的備忘錄。自 2025 年 5 月起，{ -ice } 已經逮捕了很多來參加移民法院聽證的人。
places-unsettled-lawsuits = 宗教團體已就取消受保護區域政策一事提起訴訟。規定可能會再改變。
