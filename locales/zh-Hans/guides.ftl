# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = 本应用提供法律信息，不是法律建议。关于您的案件，请咨询律师。要找免费或低收费的帮助，请打开本应用里的“寻找法律帮助”。移民法院也公布了一份免费法律服务机构的名单。

## Stopped right now?

right-now-title = 现在被拦下了？
right-now-summary = 最重要的步骤，按顺序排列。
right-now-first = 保持冷静。不要跑。把手放在执法人员能看到的地方。
right-now-do-free-to-go = 问他们您是否可以离开。如果他们说可以，就慢慢走开。
right-now-do-silent = 您可以保持沉默。要大声说出来：您要保持沉默。
right-now-do-name = 在有些州，如果警察因为怀疑有犯罪而拦下您，您必须告诉他们您的姓名。绝不要说假名字。
right-now-do-papers = 如果您有有效的美国移民文件，而移民执法人员要求查看，请出示。不要出示其他国家的证件。
right-now-do-no-search = 如果他们要求搜查您或您的东西，您可以拒绝。警察仍然可以在您的衣服外面拍摸，检查有没有武器。不要反抗。说：“我不同意搜查。”
right-now-do-lawyer = 要求见律师。在和律师谈话之前，不要签任何文件。
right-now-dont-run = 即使您认为这次拦截不公平，也不要跑、推搡或打斗。
right-now-dont-lie = 不要说谎，也不要出示假证件。对联邦执法人员说谎是犯罪。

## On the street

street-title = 在街上
street-summary = 警察或移民执法人员在公共场所拦下您。
street-first = 保持冷静。不要跑。问他们您是否可以离开。
street-do-free-to-go = 如果他们说您可以离开，就慢慢走开。
street-do-silent = 您可以保持沉默。要大声说出来：您要保持沉默。
street-do-name = 在有些州，如果警察因为怀疑您犯罪而拦下您，您必须说出您的姓名。绝不要说假名字。您不必回答关于您在哪里出生或您的移民身份的问题。
street-do-no-search = 如果他们要求搜查您或您的包，您可以拒绝。警察仍然可以在您的衣服外面拍摸，检查有没有武器。不要反抗。
street-do-carry-papers = 如果您年满 18 岁，并且美国发给了您移民文件（例如绿卡），请随身携带。
street-do-show-papers = 如果您有有效的美国移民文件，而移民执法人员要求查看，请出示。不要出示其他国家的证件。
street-do-ask-agency = 问他们来自哪个机构。移民执法人员有时穿着印有“POLICE”的背心，或者说自己是警察。
street-dont-run = 即使您认为这次拦截不公平，也不要跑、推搡或打斗。
street-dont-lie = 不要说谎。不要出示假证件。
street-dont-foreign-papers = 如果您没有合法身份，不要携带其他国家的证件，例如护照。不要主动把这些证件交给执法人员。如果您已经有遣返令，在拒绝交出旅行证件的要求之前，请先问律师。
street-dont-sign = 在和律师谈话之前，不要签任何文件。
street-why-silence = 无论移民身份如何，美国宪法都给予在美国境内的每个人保持沉默的权利。
street-why-name = 最高法院允许各州在警察因为怀疑有犯罪而合法拦下您时，要求您说出姓名。有些州要求更多，例如您的地址。关于您在哪里出生和您的移民身份，您仍然可以保持沉默。
street-why-carry = 一项联邦法律规定，年满 18 岁的非公民必须随时携带发给他们的移民文件。不携带是犯罪。
street-why-frisk = 如果警察有合理的理由认为您带着武器，他们可以在您的衣服外面拍摸检查。这不是全面搜查。
street-why-fourth = 美国宪法第四修正案保护在美国的每个人不受不合理的搜查和扣押。所以您可以拒绝搜查。
street-why-lie = 对联邦执法人员说谎是犯罪。不是美国公民却说自己是美国公民，也是犯罪，而且可能让您永远无法获得合法身份。出示假证件也是犯罪。
street-why-run = 逃跑可能让警察有理由拦下您。和联邦官员打斗或阻挡联邦官员是犯罪。
street-why-287g = 在有些地方，地方警察或县警长与 { -ice } 签有一种叫 287(g) 的协议，做一些移民方面的工作。面对他们时，您的权利是一样的。
street-unsettled-name-states = 只有一些州有法律要求您说出姓名。关于这些州的各种名单并不一致。请向当地律师询问您所在州的情况。
street-unsettled-expedited = 自 2025 年 1 月起，政府表示，对于无法证明自己已在美国住满两年的人，可以在美国任何地方使用快速遣返程序（“expedited removal”）。法院已经不止一次改变了这一做法。如果您害怕回到您的国家，请清楚地告诉官员，并要求和庇护官员谈话。有些律师建议保留证明，说明您在这里住了多久，例如报税记录、工资单或租约。随身携带这些证明也可能带来问题。请问律师什么做法适合您。
street-unsettled-border = 在边境口岸，以及从其他国家到达机场时，适用不同的规定。请看关于边境的指南。
street-unsettled-federal = 关于说出姓名的州法律是针对警察写的。这些法律如何适用于联邦移民执法人员，目前还不清楚。关于您在哪里出生和您的身份，您始终可以保持沉默。
street-unsettled-roving = 2025 年 9 月，最高法院允许南加州的移民执法人员继续拦人，同时法院正在审理一个案件，裁决根据人的长相、说的语言、所在的地方或做的工作来拦人是否合法。执法人员仍然需要有合理怀疑才能拦下您。

## Agents at your door

door-title = 执法人员在您家门口
door-summary = 警察或 { -ice } 敲您家的门。
door-first = 不要开门。您可以隔着关着的门说话。
door-do-ask-who = 问他们是谁、来自哪个机构、为什么来这里。请他们隔着窗户给您看他们的证件。
door-do-slide-warrant = 请他们把令状从门下塞进来，或者举到窗户前给您看。
door-do-judge = 法官签发的令状顶部写着法院的名称。法官会在上面签名。
door-do-ice-form = { -ice } 令状顶部写着“{ -dhs-on-papers }”。签名的是 { -ice } 官员，不是法官。I-200 和 I-205 表格就是 { -ice } 令状。
door-do-silent = 您可以保持沉默。您不必回答他们的问题。
door-dont-open = 不要为了看文件或说话而开门。
door-dont-step-out = 不要走到外面去说话。执法人员有时会设法让人出来，好逮捕他们。
door-dont-resist = 如果执法人员还是进来了，不要推他们，也不要和他们打斗。说您不同意，并保持冷静。
door-dont-lie = 不要说谎。不要出示假证件。
door-dont-sign = 在和律师谈话之前，不要签任何文件。
door-why-payton = 没有法官签名的令状，警察不能进入您家逮捕您，除非您同意或有紧急情况。请看下面关于 { -ice } 备忘录的说明。
door-why-fourth = 美国宪法第四修正案保护您的家不受不合理的搜查。所以法官签发的令状或您的同意很重要。
door-why-arrest-warrant = 法官签发的逮捕令允许官员进入令状上写明的那个人的家，前提是他们认为这个人在里面。要在别人的家里搜找这个人，他们需要搜查令、同意或紧急情况。
door-why-ruse = 移民执法人员有时会打扮成警察，或者说自己是警察，好让人开门或出来。
door-why-ice-forms = { -ice } 令状（I-200 和 I-205 表格）是由移民官员签名的，不是由法官签名的。
door-why-silence = 无论移民身份如何，美国宪法都给予每个人保持沉默的权利。
door-unsettled-memo = { -ice } 在 2025 年 5 月 12 日发出的一份备忘录说，执法人员可以凭 I-205 令状强行进入住宅，逮捕已有最终遣返令的人。这与 { -ice } 以前教给官员的做法相反。有人正在法院对此提出挑战。即便如此，也不要开门，并说您不同意。

## Face or fingerprint scan

scan-title = 面部或指纹扫描
scan-summary = 执法人员把手机对准您的脸，或者要您伸出手指。
scan-first = 保持冷静。不要跑。不要推开手机。
scan-do-say-no-consent = 您可以说您不同意这次扫描。
scan-do-silent = 关于您在哪里出生和您的移民身份，您可以保持沉默。
scan-do-free-to-go = 问他们您是否可以离开。
scan-do-lawyer = 要求见律师。
scan-do-carry = 如果您有绿卡并且年满 18 岁，法律规定要随身携带。美国公民不必携带公民身份证明。一位国会议员说，{ -ice } 告诉其官员：如果 { -mobile-fortify } 显示某人不是公民，官员可以不理会公民身份证明，例如出生证明。
scan-do-write-down = 事后，把发生的事写下来：时间、地点、执法人员说了什么、他们的姓名或警徽号码、车牌，以及他们扫描的是您的脸还是您的手指。
scan-dont-resist = 即使您认为这次扫描不公平，也不要打斗或逃跑。
scan-dont-lie = 不要说谎。不要出示假证件。
scan-why-what = { -ice } 执法人员使用一款叫 { -mobile-fortify } 的手机应用。他们把手机对准一个人的脸，不经询问就拍照，并在几秒钟内搜索政府数据库。
scan-why-databases = { -mobile-fortify } 还能在不接触手指的情况下读取指纹。政府主要的指纹和面部数据库存有超过 2.7 亿人的记录。
scan-why-kept = { -dhs }的一份文件说，这些照片会保存 15 年，包括美国公民的照片。
scan-why-not-proof = 只有匹配不等于证据。{ -dhs }的一项规定（Directive 026-11）说，人脸识别不能作为采取执法行动的唯一理由。当匹配结果有疑问时，其他机构，例如 { -cbp } 和 TSA，会核查证件。
scan-why-errors = 人脸识别在识别女性和有色人种时出错更多。
scan-unsettled-refuse = { -dhs }的一份文件说，{ -ice } 不给人们拒绝扫描的机会。还没有法院明确说明您是否可以拒绝。您仍然可以说您不同意，但执法人员可能还是会扫描您。
scan-unsettled-fingerprints = 2020 年，{ -ice } 说用一款较旧的手机应用采集指纹是自愿的。现在是否仍然如此，并不清楚。
scan-unsettled-match = 维权团体说，即使其他证据显示情况不是这样，{ -ice } 执法人员也可能把匹配结果当作定论。{ -dhs }禁止只凭人脸识别采取行动的规定现在是否仍被遵守，并不清楚。
scan-unsettled-lawsuit = 2026 年 1 月，伊利诺伊州和芝加哥市提起了一项诉讼，其中涉及使用 { -mobile-fortify }。这个案件可能会改变规定。
