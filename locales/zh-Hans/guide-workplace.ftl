# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = 在工作场所
work-summary = 移民执法人员来到您工作的地方。
work-first = 保持冷静。不要跑。
work-do-warrant = 问执法人员是否有法官签名的令状。{ -ice } 令状本身并不允许他们进入工作场所的私人区域。
work-do-private = 执法人员需要有法官签发的令状、雇主的同意，或者有紧急情况，才能进入不对公众开放的区域。
work-do-silent = 您可以保持沉默。您不必回答关于您在哪里出生或您的身份的问题。如果您有有效的美国移民文件，而执法人员要求查看，请出示。
work-do-lawyer = 要求见律师。在和律师谈话之前，不要签任何文件。
work-dont-lie = 不要说谎。不要出示假证件。
work-dont-hide = 不要躲藏或逃跑。不要和执法人员打斗。
work-why-warrant = 由官员签名的 { -ice } 令状，本身并不允许执法人员进入不对公众开放的区域，除非雇主同意或有紧急情况。由法官签名的搜查令则允许他们进入。
work-why-fourth = 美国宪法第四修正案保护人们不受不合理的搜查。所以执法人员需要法官签发的令状或同意，才能进入私人区域。
work-why-i9 = 在检查工作资格文件（Form I-9）之前，雇主通常会至少提前 3 天收到书面通知。执法人员也可以用传票或令状，更早拿到这些文件。
work-why-silence = 无论移民身份如何，美国宪法都给予每个人保持沉默的权利。
work-unsettled-employer = 您的雇主可以允许什么，以及哪些区域算公共区域，要看具体地点。请咨询工人权益组织或律师。
