# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = 遇到执法人员之后
after-summary = 把事情写下来，寻求帮助，找到被带走的人。
after-first = 一到安全的地方，就把发生的事写下来。
after-do-write = 写下日期、时间和地点，执法人员说了什么、做了什么，他们的姓名或警徽号码、车牌，以及他们拿走了什么。
after-do-witnesses = 写下证人的姓名和电话号码。把照片和视频妥善保存好。
after-do-lawyer = 就发生的事，和律师或快速反应热线谈一谈。
after-do-find = 如果有人被带走，可以在 { -ice } Online Detainee Locator（网上被拘留者查询系统）上搜索：用此人的 A 号码（A-number）和出生国家，或者用此人的准确姓名和出生国家。
after-do-line = 您也可以拨打 { -ice } 拘留信息热线：1-888-351-4024。
after-dont-post = 不要在网上发布关于某人身份的细节。
after-dont-sign = 在和律师谈话之前，不要替被拘留的人签署文件。
after-why-record = 有几个联邦上诉法院认定，在公共场所录下执行公务的官员受到保护。您的笔记和视频可以帮助律师。
after-why-locator = Online Detainee Locator（网上被拘留者查询系统）由 { -ice } 运营。您可以用 A 号码（A-number）和出生国家搜索，也可以用姓名和出生国家搜索。
after-unsettled-locator = 查询系统可能没有列出所有人。未满 18 岁的儿童可能不会被列出。如果找不到此人，请打电话给律师。
