# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = 逮捕和拘留
arrest-summary = 您或您爱的人被移民部门逮捕或关押。
arrest-first = 保持沉默，要求见律师。不要签任何东西。
arrest-do-lawyer = 在移民法院，您有权请律师，但政府不会替您付钱。请索取免费法律服务的名单。
arrest-do-fear = 如果您害怕回到您的国家，要清楚地告诉官员。要求和庇护官员或法官谈话。
arrest-do-bond = 向您的律师询问保释听证的事。法官可能会让您在案件进行期间出来。不是每个人都能获得保释。律师也可能可以在联邦法院对您被拘留一事提出挑战。
arrest-do-court = 如果您拿到了移民法院的出庭日期，就要去出庭。如果您错过了，法官可以在您不在场的情况下下令把您驱逐出境。
arrest-do-consulate = 您可以要求联系您国家的领事馆。官员必须告诉被拘留的外国公民他们有这项权利。对于某些国家，即使您没有要求，官员也必须通知领事馆。如果您害怕您本国的政府，或者打算申请庇护，请在联系领事馆之前先和律师谈一谈。
arrest-do-a-number = 如果您有 A 号码（A-number），要记住它，并告诉您的家人。这能帮助他们找到您。
arrest-do-find = 要找被 { -ice } 关押的人，请使用 { -ice } Online Detainee Locator（网上被拘留者查询系统）。用此人的 A 号码（A-number）和出生国家搜索，或者用准确姓名和出生国家搜索。
arrest-do-line = 家人也可以拨打 { -ice } 拘留信息热线：1-888-351-4024。
arrest-dont-sign = 在和律师谈话之前，不要签任何文件，例如自愿离境（voluntary departure）或协议遣返（stipulated removal）的文件。
arrest-dont-lie = 不要说谎。不要出示假证件。
arrest-why-counsel = 联邦法律规定，处在遣返程序中的人可以请自己选择的律师，但费用不由政府承担。
arrest-why-consular = 一项条约，即《维也纳领事关系公约》，规定当局必须毫不拖延地告诉被拘留的外国公民：他们可以要求通知自己的领事馆。无论您是什么身份，这都适用。
arrest-why-fear = 联邦法律规定，处在快速遣返程序中的人如果说自己害怕回去，就必须被送交庇护官员进行面谈。
arrest-why-bond = 联邦规定允许被拘留的人请移民法官审查对他们的拘留和保释金。自 2025 年起，移民法官表示，很多没有经过入境检查就进入美国的人不能获得保释。联邦法院可以审查一个人是否被违法关押。
arrest-why-locator = 查询系统可以用 A 号码（A-number）和出生国家搜索，也可以用姓名和出生国家搜索。
arrest-unsettled-silence = 在移民法院，保持沉默是否会被用来对您不利，目前还没有定论。您说的话在那里可以被用来对您不利。请问您的律师。
arrest-unsettled-locator = 查询系统的搜索栏可能已经和我们的资料来源写成时不一样了。
