# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = 您的手机
phone-summary = 警察或执法人员想查看您的手机。
phone-first = 用密码锁住手机，不要用面容或指纹解锁。
phone-do-no-consent = 说您不同意搜查您的手机。
phone-do-passcode = 使用长密码。在参加抗议或跨境旅行之前，关闭面容和指纹解锁。
phone-do-silent = 保持沉默。在把密码告诉任何人之前，先要求见律师。
phone-dont-unlock = 不要因为警察要求，就为他们解锁手机。
phone-dont-delete = 在警察或执法人员要求拿您的手机之后，不要删除手机里的东西。这时隐藏或销毁信息可能构成犯罪。
phone-dont-fight = 如果他们拿走手机，不要用身体反抗。
phone-why-riley = 最高法院认为，警察要搜查被逮捕者手机里的数据，通常需要令状。
phone-why-biometric = 有一个联邦上诉法院允许警察强行把一个人的拇指按在手机上来解锁。记在脑子里的密码能提供更强的保护。
phone-why-border = 在边境，执法人员可以在没有令状的情况下查看手机。{ -cbp } 的政策规定，基本搜查不需要任何怀疑；用工具进行的高级搜查需要合理怀疑，或者涉及国家安全方面的担忧。
phone-unsettled-circuits = 各法院对边境手机搜查的看法不一致。有些上诉法院说，用工具进行的搜查需要合理怀疑。另一个上诉法院说，不需要任何怀疑。它们对执法人员可以找什么也有不同看法。这可能会改变。
phone-unsettled-passcode = 警察能否强迫您说出密码，目前还没有定论。记在脑子里的密码仍然比面容或指纹更能保护您。
phone-unsettled-policy = 据报道，{ -cbp } 在 2026 年 1 月更换了手机搜查政策。我们还没有读过新政策，所以上面的规定可能已经改变。
