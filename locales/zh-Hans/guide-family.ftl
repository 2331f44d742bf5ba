# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = 家庭应急计划
family-summary = 现在就做好准备，让您的家人知道该怎么做。
family-first = 现在就定好计划：如果您被拘留，谁来照顾您的孩子。
family-do-memorize = 记住一位家人、朋友或律师的电话号码。如果您被逮捕，可以打给他们。
family-do-a-number = 写下您的 A 号码（A-number），告诉家人，这样他们就能找到您。
family-do-documents = 把重要文件放在一起，存放在安全的地方：出生证明、护照、您孩子的文件。告诉一个您信任的人这些文件放在哪里。
family-do-caregiver = 选定一个人来照顾您的孩子。把这件事写成书面文件。有些州，例如加利福尼亚州，有专门的表格。
family-do-money = 为钱、银行账户和租约做好安排，让您的家人能应付。
family-do-lawyer = 现在就找律师。有些家庭会提前和律师一起填写一份表格（G-28）。
family-dont-passport = 不要主动把您的护照或您家人的护照交给 { -ice }。如果您已经有遣返令，在拒绝交出旅行证件的要求之前，请先问律师。
family-dont-wait = 不要等到紧急情况发生才定计划。
family-why-plan = 法律援助团体建议每个家庭都要有一个计划，核心是谁来照顾孩子。
family-unsettled-state = 指定照顾人的表格每个州都不一样。请问当地律师该用哪一种。
