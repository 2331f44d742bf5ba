# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = 简体中文
app-title = 了解您的权利
loading = 正在加载…

home-urgent = 现在被拦下了？
home-urgent-hint = 最先要做的事，快速查看
home-scenarios = 发生了什么？
home-short-door = 在家门口
home-short-car = 在车里
home-short-street = 在街上
home-short-arrest = 被拘留
home-warrant = 核对令状
home-warrant-hint = 有人在门口给您看文件？一步一步核对。
home-more = 更多
home-cards = 出示卡片给执法人员看
home-cards-hint = 大字英文，下面是您的语言。
disclaimer = 这是法律信息，不是法律建议。

nav-back = 返回
nav-language = 语言
nav-home = 首页
nav-glossary = 需要了解的词语
nav-settings = 设置

glossary-title = 需要了解的词语
settings-title = 设置
settings-state = 您所在的州
settings-state-hint = 有些指南会显示您所在州的规定。您的选择只保存在这部手机上。
settings-state-none = 未选择
state-picker-title = 选择您所在的州
state-note-heading = 您所在的州：{ $state }
state-note-choose = 选择您所在的州，查看该州关于说出姓名的规定。
state-note-change = 更改州

cards-title = 给执法人员看的卡片
cards-for-agent = 给执法人员看：
cards-next = 下一张卡片
cards-previous = 上一张卡片
cards-close = 关闭
guide-show-card = 出示卡片
nav-print = 打印卡片
print-title = 打印可放进钱包的卡片
print-hint = 给法律援助机构：在纸的两面打印（沿长边翻转），然后沿着灰线剪开。
print-clinic = 您机构的一行信息（选填）
print-button = 打印

warrant-title = 核对令状
warrant-intro = 回答几个关于这份文件的问题。做这些时，请保持门关着。
warrant-start-over = 重新开始
warrant-tone-stop = 保持门关着
warrant-tone-caution = 要小心
warrant-tone-enter = 他们可以进来
warrant-picture-compare = 左边：法官签发的令状顶部写着法院的名称。右边：{ -ice } 表格上有{ -dhs }的印章。
warrant-picture-signature = 左边：司法令状由法官签名。右边：{ -ice } 令状由移民官员签名。

language-title = 选择您的语言
language-machine = 借助机器翻译
notice-machine-assisted = 这份翻译是借助机器完成的，还没有经过人工核对。短语也会显示英文。

section-first = 首先要做
section-do = 要做
section-dont = 不要做
section-say = 该说什么
section-why = 原因：法律规定
section-unsettled = 法律不明确的地方
section-lawyer = 找律师

phrase-english-label = 英文：
guide-reviewed-by = { $by } 于 { $date } 对照来源核对过本指南。
guide-not-lawyer-reviewed = 本指南还没有经过律师审核。
guide-lawyer-reviewed = 已由律师（{ $by }）于 { $date } 审核。
guide-stale = 本指南最后一次核对是在 { $date }，已超过一年。法律可能已经改变。
guide-sources = 本指南的来源
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
   *[other] { $count } 个来源
}
guide-terms = 需要了解的词语：
citation-sources = 来源
citation-read-on = 于 { $date } 查阅
citation-kind-constitution = 宪法
citation-kind-statute = 法律
citation-kind-regulation = 法规
citation-kind-court = 法院判决
citation-kind-agency = 政府机构
citation-kind-organization = 法律组织
citation-kind-news = 新闻报道

error-storage = 应用无法读取它的数据。您保存的数据没有被更改。
error-content = 应用的内容有问题。请更新应用。
error-unknown-guide = 应用里没有这份指南。
error-unknown-locale = 应用里没有这种语言。
error-unknown-state = 应用里没有这个州。
notice-user-db-unreadable = 无法读取您保存的设置。该文件已原样保留。应用暂时使用默认设置。
date-format = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Search
search-label = 搜索
search-hint = 门、律师…
search-clear = 清除搜索
search-none = 什么也没找到。试试更短的词，或者在首页选一个主题。
search-count = { $count ->
   *[other] { $count } 个结果
}
search-in-english = 英文
search-kind-guide = 指南
search-kind-card = 要出示的卡片
search-kind-term = 需要了解的词语
search-kind-state = 州法律
