# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = 每一次 { -ice } 报到都要去。{ -ice } 允许人们在网上预约报到。
status-do-prepare = 在听证或报到之前，先和律师谈一谈，随身带着律师的电话号码，并制定家庭计划。
status-do-visa = 如果您持有签证，例如学生签证、工作签证或访客签证，对您适用的规定不一样。不要说谎。请问律师，或者问您学校的国际学生办公室，您必须回答什么。
status-do-register = 自 2025 年 4 月起，政府要求从未登记过的人用 G-325R 表格进行登记。在登记或回应登记要求之前，请先和律师谈一谈。
status-why-absentia = 联邦法律规定，收到了书面听证通知却没有出庭的人，应当被下令遣返。
status-why-court-arrests = 自 2025 年 5 月起，{ -ice } 已经逮捕了很多来移民法院的人，常常是在政府要求结束他们的案件之后马上逮捕。
status-why-register = 一项联邦法律规定，很多非公民必须登记。故意不登记可能构成犯罪。登记也会把您的信息交给政府。所以您应该先和律师谈一谈。
status-why-visa = 美国国务院可以随时取消签证。
status-unsettled-register = 政府将如何使用登记信息，以及会以没有登记为由起诉谁，目前还不清楚。请问律师。
status-do-court = 查清楚您下一次法院听证的日期，并且去出庭。如果您错过了，法官可以在您不在场的情况下下令把您驱逐出境。
status-first = 绝不要缺席移民法院的听证或 { -ice } 报到。去之前先和律师谈一谈。
status-summary = 您有出庭日期或 { -ice } 报到，您持有签证，或者您被要求登记。
status-title = 出庭日期、报到、签证和登记
