# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = 学校、医院、宗教场所、法院
places-summary = 您去学校、医院、宗教场所或法院。
places-first = 这些地方已经不再是安全区。执法人员可能会在那里采取行动。
places-do-same = 在那里，您的权利是一样的：保持沉默，不同意搜查，要求见律师。
places-do-court = 如果您有移民法院的听证或 { -ice } 报到，不要缺席。如果您错过了法院听证，法官可以在您不在场的情况下下令把您驱逐出境。去之前先和律师谈一谈，随身带着律师的电话号码，并制定家庭计划。
places-do-plan = 制定家庭计划：如果您不能去接孩子，由谁去接。
places-dont-lie = 不要说谎。不要出示假证件。
places-why-rescinded = 2025 年 1 月 20 日，政府取消了限制在学校、医院和宗教场所执法的政策。现在由官员根据每个案件的情况决定。
places-why-courts = 2025 年 1 月，{ -ice } 替换了它在 2021 年发出的一份备忘录；那份备忘录限制在法院内或法院附近逮捕人。自 2025 年 5 月起，{ -ice } 已经逮捕了很多来参加移民法院听证的人。
places-unsettled-lawsuits = 一些宗教团体就取消受保护区域政策一事向法院提起了诉讼。规定可能会再次改变。
