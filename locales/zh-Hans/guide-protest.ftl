# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = 抗议和录像
protest-summary = 您在公共场所游行、观察执法人员，或者录下他们。
protest-first = 出发前要了解风险。与警察的任何接触都可能引起移民方面的问题，即使没有被逮捕。
protest-do-record = 您可以录下警察和执法人员在公共场所执行公务。他们要您离多远，您就离多远。不要妨碍他们。
protest-do-phone = 参加抗议之前，关闭面容和指纹解锁。改用密码。
protest-do-silent = 如果警察拦下您，您可以保持沉默，并要求见律师。
protest-do-plan = 和朋友一起去。记住一个人的电话号码，如果您被逮捕，可以打给这个人。
protest-dont-fight = 即使您认为逮捕是错误的，也不要打斗或反抗。
protest-dont-carry = 不要携带其他国家的证件，也绝不要出示假证件。
protest-dont-sign = 在和律师谈话之前，不要签任何东西。
protest-why-speech = 美国宪法第一修正案保护在美国的每个人进行和平抗议。和平抗议不在驱逐出境的理由清单上。但被逮捕或被控刑事罪可能导致驱逐出境。
protest-why-record = 有几个联邦上诉法院认为，第一修正案保护录下在公共场所工作的官员的行为，但要有合理的限制。
protest-why-passcode = 记在脑子里的密码比面容或指纹解锁能给您更强的法律保护。
protest-unsettled-courts = 法院并不总是以同样的方式保护移民的言论自由权利。
protest-unsettled-visas = 自 2025 年起，政府因为抗议或言论，取消了一些签证，并试图把一些非公民驱逐出境，其中包括学生和绿卡持有人。法院正在裁决这样做是否合法。如果您不是美国公民，尤其是如果您持有签证，请在去之前先和律师谈一谈。
protest-unsettled-impeding = 阻挡或干扰联邦官员是犯罪。录像时要保持距离。
protest-unsettled-scans = 有视频显示执法人员把手机对准抗议者。这可能是在扫描面部。请看关于面部和指纹扫描的指南。
protest-unsettled-record = 并不是每个法院都对录像作出过裁决，而且这些裁决如何适用于联邦执法人员也不太清楚。
