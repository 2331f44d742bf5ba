# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = 每一次 { -ice } 報到都要去。{ -ice } 讓人可以在網路上預約報到。
status-do-prepare = 在聽證或報到之前，先和律師談談，隨身帶著律師的電話號碼，並做好家庭計畫。
status-do-visa = 如果您持有簽證，例如學生簽證、工作簽證或訪客簽證，對您適用的規定不一樣。不要說謊。請問律師，或問您學校的國際學生辦公室，您必須回答什麼。
status-do-register = 自 2025 年 4 月起，政府要求從來沒有登記過的人用 G-325R 表格登記。在登記或回應登記要求之前，請先和律師談談。
status-why-absentia = 聯邦法律規定，收到了書面聽證通知卻沒有出庭的人，應當被下令遣返。
status-why-court-arrests = 自 2025 年 5 月起，{ -ice } 已經逮捕了很多來移民法院的人，常常是在政府要求結束他們的案件之後馬上逮捕。
status-why-register = 一項聯邦法律規定，很多非公民必須登記。故意不登記可能構成犯罪。登記也會把您的資料交給政府。所以您應該先和律師談談。
status-why-visa = 美國國務院可以隨時取消簽證。
status-unsettled-register = 政府會如何使用登記資料，以及會以沒有登記為由起訴誰，目前還不清楚。請問律師。
status-do-court = 查清楚您下一次法院聽證的日期，並且去出庭。如果您錯過了，法官可以在您不在場的情況下下令把您驅逐出境。
status-first = 絕對不要缺席移民法院的聽證或 { -ice } 報到。去之前先和律師談談。
status-summary = 您有出庭日期或 { -ice } 報到，您持有簽證，或者您被要求登記。
status-title = 出庭日期、報到、簽證和登記
