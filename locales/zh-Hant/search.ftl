# 人們查找指南時會輸入的其他詞語：日常用語、俗語、同一件事的其他說法。
# 這些詞不會顯示出來；搜尋用它們來找到指南。請寫您的社區裡的人
# 真正使用的詞，用逗號隔開。不需要和英文的詞一一對應。

search-keywords-right-now = 救命, 幫幫我, 緊急, 現在, 急, 被攔下, 被截停, 出事了, 怎麼辦
search-keywords-street = 警察, 差佬, 阿sir, 條子, 身分證, 身份證, 證件, 查證件, 查身分, 沒身分, 名字, 街上, 走路, 搜身
search-keywords-door = ICE, 移民局, 移民局上門, 抓人, 拉人, 突襲, 敲門, 上門, 家裡, 公寓, 開門, 搜查令, 令狀
search-keywords-face-scan = Mobile Fortify, 掃臉, 刷臉, 人臉辨識, 臉部辨識, 拍照, 照片, 指紋, 按手印, 生物辨識, 鏡頭, app
search-keywords-car = 開車, 攔車, 被攔車, 靠邊停車, 截停, 交警, 司機, 駕照, 車牌, 乘客, 後車廂, 尾箱, 罰單
search-keywords-workplace = 工作, 上班, 返工, 老闆, 僱主, 工廠, 農場, 餐館, 中餐館, 工地, 同事, 突擊檢查
search-keywords-protest = 遊行, 示威, 抗議, 集會, 拍影片, 錄影, 拍片, 拍警察, 直播
search-keywords-arrest = 被抓, 被捕, 被拉, 拘留, 關押, 拘留所, 坐牢, 坐監, 監獄, 遣返, 驅逐出境, 遞解出境, 保釋, 保釋金, 被拘留
search-keywords-border = 機場, 坐飛機, 搭飛機, 航班, 海關, 入境, 過關, 邊境巡邏, 檢查站, 旅行, 出入境
search-keywords-places = 學校, 教堂, 寺廟, 廟, 清真寺, 醫院, 看病, 看醫生, 法院, 出庭, 移民法庭, 敏感地點
search-keywords-family = 孩子, 小孩, 細路, 家人, 接小孩, 誰去接小孩, 監護人, 應變計畫, 委託書, 授權書, 證件, 重要文件
search-keywords-phone = 手機, 電話, 密碼, 解鎖, 臉部ID, 指紋解鎖, 微信, LINE, WhatsApp, 社群媒體, 簡訊, 訊息, 照片, 查手機
search-keywords-status = 出庭日期, 開庭, 出庭, 聽證, 移民法院, 移民法庭, 法官, 報到, ICE 報到, 簽到, check-in, 簽證, 學生簽證, 工作簽證, 旅遊簽證, 登記, 註冊, 移民登記, G-325R
search-keywords-after = 投訴, 申訴, 舉報, 記下來, 做紀錄, 證人, 目擊者, 找人, 家人被抓, 家人失蹤, 找不到家人, 查詢被拘留的人
