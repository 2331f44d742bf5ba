# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = 隐藏
quick-exit-label = 马上隐藏这个画面
neutral-title = 备忘录
neutral-placeholder = 写点东西。这里的内容不会保存。
neutral-new = 新建备忘录
neutral-all = 全部备忘录
neutral-note-1-title = 购物
neutral-note-1-body = 大米、鸡蛋、牛奶、豆腐、青菜、葱、肥皂。
neutral-note-2-title = 番茄鸡蛋汤
neutral-note-2-body = 番茄、鸡蛋、葱、盐、香油。煮十分钟。
neutral-note-3-title = 这周
neutral-note-3-body = 交电话费。打扫厨房。修自行车。
hide-tip-title = “隐藏”怎么用
hide-tip-text = 点一下“隐藏”，kyr 会马上显示一个普通的备忘录页面。上面没有任何 kyr 的内容。要回来，请关掉 kyr，再重新打开。
hide-tip-ok = 知道了

## Privacy
privacy-title = 您的隐私
privacy-text = 这个应用不发送任何东西，也不需要上网。它只保存您的设置、您保存的联系人，还有您的应急计划（如果您做了）。您的计划用您的密码锁住。您可以在“设置”里删除全部内容。

## The emergency plan (locked)
home-plan = 我的应急计划
home-plan-hint = 联系人、A 号码（A-number）、家庭计划。用密码锁住。
vault-title = 我的应急计划
vault-intro = 在这里保存您的紧急联系人和家庭计划。它们用密码锁住，只保存在这部手机上。
vault-pin-label = 密码（数字或文字）
vault-pin-again = 再输入一次
vault-pin-hint = 至少用 6 个数字或字母。密码越长越安全。
vault-create = 用这个密码锁住我的计划
vault-unlock = 打开
vault-lock = 现在锁住
vault-locked-note = 您离开应用时，或者过了 5 分钟，它会自动锁住。
vault-pin-mismatch = 两次输入的密码不一样。
vault-pin-short = 至少用 6 个数字或字母。
vault-wrong-pin = 密码不对。
vault-wait = { $seconds ->
   *[other] 请等 { $seconds } 秒，再试一次。
}
vault-unreadable = 无法读取您的应急计划。文件可能坏了。它没有被删除。您可以留着它，或者删除它，重新开始。
vault-erase-damaged = 删除坏掉的计划
vault-opening = 正在打开…
vault-save = 保存并锁住
vault-saved = 已保存。您的计划已锁住。
vault-name-label = 您的姓名
vault-a-number-label = 您的 A 号码（A-number），如果有的话
vault-contacts-heading = 紧急联系人
vault-contact-name = 姓名
vault-contact-phone = 电话号码
vault-add-contact = 添加联系人
vault-remove-contact = 删除
vault-plan-heading = 家庭计划
vault-children-label = 谁去接孩子
vault-documents-label = 重要文件放在哪里
vault-lawyer-name-label = 律师的姓名
vault-lawyer-phone-label = 律师的电话号码
vault-notes-label = 其他备注
vault-phone-invalid = 这个电话号码好像不对：{ $phone }
vault-too-long = 内容太长了。请写短一点。
vault-print = 打印家庭计划
vault-print-title = 家庭应急计划
vault-print-note = 把这张纸放在家里，放在家人能找到的地方。

## "I've been detained" message
detained-button = 我被拘留了：发送消息
detained-title = 发送求助消息
detained-explain = 这会打开您手机的短信，里面已经写好一条消息。发不发由您决定。这个应用不发送任何东西。
detained-place-label = 他们要把您带到哪里？（如果您知道）
detained-to = 收件人
detained-send = 打开我的短信
detained-no-contacts = 请先在您的计划里添加一个紧急联系人。
detained-msg-intro = 我是 { $name }。我被移民局拘留了。
detained-msg-a-number = 我的 A 号码（A-number）是 { $anumber }。
detained-msg-lawyer = 请打电话给我的律师 { $lawyer }，电话是 { $phone }。
detained-msg-no-lawyer = 请帮我找一位律师。
detained-msg-place = 他们要把我带到：{ $place }。

## Second PIN for danger
duress-title = 危险时用的第二个密码（可以跳过）
duress-explain = 如果有人逼您打开计划，而这个人不是官员（例如虐待您的人），就改输入这个第二个密码。它会打开一个空的计划。没有人能看出还有第二个密码。
officials-no-hiding = 在警察或移民执法人员要求查看您的手机或这个应用之后，不要使用第二个密码，也不要删除您的计划。这时隐藏或删除信息可能构成犯罪。说：“我不同意搜查。”并要求见律师。
duress-pin-label = 第二个密码
duress-wipe-label = 使用第二个密码时，也删除我真正的计划
duress-wipe-warning = 如果您选这一项，在使用第二个密码时，您真正的计划会被永远删除，无法恢复。
duress-set = 设置第二个密码
duress-confirm = 我明白了。设置第二个密码。
duress-same = 第二个密码必须和您的密码不一样。
duress-done = 第二个密码已设置好。

## Erase everything
wipe-title = 删除全部内容
wipe-explain = 这会从这部手机上删除您的应急计划、您保存的联系人、从文件添加的联系人、法律援助机构的资料包和您的设置。指南会留下。删除后无法恢复。
wipe-button = 删除全部内容
wipe-confirm = 是的，现在删除全部内容
wipe-cancel = 取消
wipe-done = 您保存的所有内容都已删除。

## Errors
error-vault-locked = 您的计划已锁住。请用您的密码打开。
error-vault-exists = 您已经有一个计划了。请用您的密码打开。
error-vault-unreadable = 无法读取您的应急计划。它没有被删除。
