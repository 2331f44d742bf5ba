# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = 繁體中文
app-title = 了解您的權利
loading = 載入中…

home-urgent = 現在被攔下了嗎？
home-urgent-hint = 最先要做的事，快速查看
home-scenarios = 發生了什麼事？
home-short-door = 在家門口
home-short-car = 在車上
home-short-street = 在街上
home-short-arrest = 被拘留
home-warrant = 檢查令狀
home-warrant-hint = 有人在門口拿文件給您看？一步一步檢查。
home-more = 更多
home-cards = 出示卡片給執法人員看
home-cards-hint = 大字的英文，下面是您的語言。
disclaimer = 這是法律資訊，不是法律建議。

nav-back = 返回
nav-language = 語言
nav-home = 首頁
nav-glossary = 需要知道的詞語
nav-settings = 設定

glossary-title = 需要知道的詞語
settings-title = 設定
settings-state = 您所在的州
settings-state-hint = 有些指南會顯示您所在州的規定。您的選擇只會保存在這支手機上。
settings-state-none = 未選擇
state-picker-title = 選擇您所在的州
state-note-heading = 您所在的州：{ $state }
state-note-choose = 選擇您所在的州，查看該州關於說出姓名的規定。
state-note-change = 更換州

cards-title = 給執法人員看的卡片
cards-for-agent = 給官員看：
cards-next = 下一張卡片
cards-previous = 上一張卡片
cards-close = 關閉
guide-show-card = 出示卡片
nav-print = 列印卡片
print-title = 列印可放進錢包的卡片
print-hint = 給法律扶助機構：在紙的兩面列印（長邊翻頁），然後沿著灰線剪開。
print-clinic = 您機構的一行資訊（選填）
print-button = 列印

warrant-title = 檢查令狀
warrant-intro = 回答幾個關於這份文件的問題。在這段時間，請把門一直關著。
warrant-start-over = 重新開始
warrant-tone-stop = 把門關著
warrant-tone-caution = 要小心
warrant-tone-enter = 他們可以進來
warrant-picture-compare = 左邊：法官簽發的令狀，頂部有法院的名稱。右邊：{ -ice } 表格上有{ -dhs }的印章。
warrant-picture-signature = 左邊：司法令狀由法官簽名。右邊：{ -ice } 令狀由移民官員簽名。

language-title = 選擇您的語言
language-machine = 藉助機器翻譯
notice-machine-assisted = 這份翻譯是藉助機器完成的，還沒有經過人工檢查。短句也會同時顯示英文。

section-first = 首先要做
section-do = 要做
section-dont = 不要做
section-say = 要說什麼
section-why = 原因：法律規定
section-unsettled = 法律還不明確的地方
section-lawyer = 找律師

phrase-english-label = 英文：
guide-reviewed-by = { $by } 已於 { $date } 對照資料來源檢查過本指南。
guide-not-lawyer-reviewed = 本指南還沒有經過律師審閱。
guide-lawyer-reviewed = 已由律師（{ $by }）於 { $date } 審閱。
guide-stale = 本指南上次檢查是在 { $date }，已經超過一年。法律可能已經改變。
guide-sources = 本指南的資料來源
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
   *[other] { $count } 個資料來源
}
guide-terms = 需要知道的詞語：
citation-sources = 資料來源
citation-read-on = 於 { $date } 查閱
citation-kind-constitution = 憲法
citation-kind-statute = 法律
citation-kind-regulation = 法規
citation-kind-court = 法院判決
citation-kind-agency = 政府機構
citation-kind-organization = 法律組織
citation-kind-news = 新聞報導

error-storage = 應用程式無法讀取它的資料。您儲存的資料沒有被更改。
error-content = 應用程式的內容有問題。請更新應用程式。
error-unknown-guide = 應用程式裡沒有這份指南。
error-unknown-locale = 應用程式裡沒有這種語言。
error-unknown-state = 應用程式裡沒有這個州。
notice-user-db-unreadable = 無法讀取您儲存的設定。該檔案已原樣保留。應用程式暫時使用預設設定。
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
search-label = 搜尋
search-hint = 門、律師…
search-clear = 清除搜尋
search-none = 找不到結果。試試比較短的詞，或在首頁選一個主題。
search-count = { $count ->
   *[other] { $count } 個結果
}
search-in-english = 英文
search-kind-guide = 指南
search-kind-card = 要出示的卡片
search-kind-term = 需要知道的詞語
search-kind-state = 州法律
