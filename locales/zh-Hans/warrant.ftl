# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = 文件顶部写着什么？
warrant-h-top = 请他们把文件从门下塞进来，或者举到窗户前给您看。不要开门。
warrant-a-top-court = 法院的名称，例如“United States District Court”（美国联邦地区法院）
warrant-a-top-dhs = “{ -dhs-on-papers }”，或者 I-200 或 I-205 表格
warrant-a-unsure = 我看不出来
warrant-q-signed = 是谁签的名？
warrant-h-signed = 看文件底部。签名人的职位印在签名下面。
warrant-a-signed-judge = 法官或治安法官（magistrate judge）
warrant-a-signed-officer = 移民官员或执法人员
warrant-q-name = 它是针对您或您家的吗？姓名和地址写得对吗？
warrant-h-name = 核对上面的人名和地址。
warrant-a-name-yes = 是的，都写对了
warrant-a-name-no = 不是，姓名或地址不对
warrant-q-allows = 它允许他们做什么？
warrant-h-allows = 找“search”（搜查）或“arrest”（逮捕）这两个词。
warrant-a-allows-search = 搜查一个地方。上面列着我的地址。
warrant-a-allows-arrest = 逮捕一个人。上面写着一个人的名字。

warrant-r-admin-title = 这是 { -ice } 令状，不是法官签发的令状。
warrant-r-admin-1 = 签名的是移民官员，不是法官。
warrant-r-admin-2 = 保持门关着。说您不同意他们进来。
warrant-r-admin-3 = { -ice } 在 2025 年 5 月发出的一份备忘录说，执法人员可以凭 I-205 令状强行进入，逮捕已有最终遣返令的人。有人正在法院对此提出挑战。如果执法人员还是进来了，不要打斗。保持沉默，要求见律师。
warrant-r-unsure-title = 您无法确定这份文件是什么。
warrant-r-unsure-1 = 保持门关着。法官签发的令状顶部写着法院的名称，并由法官签名。
warrant-r-unsure-2 = 如果可以，现在就打电话给律师或快速反应热线。
warrant-r-wrong-title = 这份令状可能不是针对您或您家的。
warrant-r-wrong-1 = 隔着关着的门告诉他们：姓名或地址不对。不要开门。
warrant-r-wrong-2 = 如果他们还是进来了，不要打斗。保持沉默。记住发生的事，以后再写下来。
warrant-r-search-title = 法官签发的搜查令允许他们进来搜查。
warrant-r-search-1 = 他们可以搜查令状上列出的地方。不要阻拦他们，也不要打斗。
warrant-r-search-2 = 您仍然可以保持沉默。您不必说出您在哪里出生，或您的身份是什么。
warrant-r-search-3 = 要一份令状的副本。尽快打电话给律师。
warrant-r-arrest-title = 法官签发的逮捕令允许他们逮捕令状上写明的人。
warrant-r-arrest-1 = 它针对的是那个人。保持冷静，不要打斗。
warrant-r-arrest-2 = 如果您不确定它允许他们做什么，就保持门关着，并打电话给律师。保持沉默，不要签任何东西。
