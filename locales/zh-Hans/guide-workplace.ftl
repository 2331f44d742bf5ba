# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = 在工作场所
work-summary = 移民执法人员来到您工作的地方。
work-first = 保持冷静。不要跑。
work-do-warrant = 问执法人员是否有法官签名的令状。{ -ice } 令状本身并不允许他们进入工作场所的私人区域。
work-do-private = 执法人员需要有法官签发的令状或雇主的许可，才能进入不对公众开放的区域。
work-do-silent = 您可以保持沉默。您不必说出您在哪里出生，或您的身份是什么。
work-do-lawyer = 要求见律师。在和律师谈话之前，不要签任何文件。
work-dont-lie = 不要说谎。不要出示假证件。
work-dont-hide = 不要躲藏或逃跑。不要和执法人员打斗。
work-why-warrant = 美国公民自由联盟（ACLU）的“了解您的权利”指南说，由官员签名的 { -ice } 令状不会给执法人员进入室内的法律权力。
work-why-silence = 无论移民身份如何，美国宪法都给予每个人保持沉默的权利。
work-unsettled-employer = 您的雇主可以允许什么，以及哪些区域算公共区域，要看具体地点。请咨询工人权益组织或律师。
