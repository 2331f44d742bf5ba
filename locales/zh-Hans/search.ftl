# 人们查找指南时会输入的其他词语：日常用语、俗语、同一件事的其他说法。
# 这些词不会显示出来；搜索用它们来找到指南。请写您的社区里的人
# 真正使用的词，用逗号隔开。不需要和英文的词一一对应。

search-keywords-right-now = 救命, 帮帮我, 紧急, 现在, 急, 被拦下, 被截停, 出事了, 怎么办
search-keywords-street = 警察, 差佬, 阿sir, 身份证, 证件, 查证件, 查身份, 没身份, 名字, 街上, 走路, 搜身
search-keywords-door = ICE, 移民局, 移民局上门, 抓人, 突袭, 敲门, 上门, 家里, 公寓, 开门, 搜查令, 令状
search-keywords-face-scan = Mobile Fortify, 扫脸, 刷脸, 人脸识别, 面部识别, 拍照, 照片, 指纹, 按手印, 生物识别, 摄像头, app
search-keywords-car = 开车, 拦车, 被拦车, 靠边停车, 截停, 交警, 司机, 驾照, 乘客, 后备箱, 罚单
search-keywords-workplace = 工作, 上班, 老板, 雇主, 工厂, 农场, 餐馆, 中餐馆, 工地, 同事, 突击检查
search-keywords-protest = 游行, 示威, 抗议, 集会, 拍视频, 录视频, 录像, 拍警察, 直播
search-keywords-arrest = 被抓, 被拘留, 被捕, 拘留, 关押, 拘留所, 坐牢, 监狱, 遣返, 驱逐出境, 递解出境, 保释, 保释金
search-keywords-border = 机场, 坐飞机, 航班, 海关, 入境, 过关, 边检, 边境巡逻, 检查站, 旅行, 出入境
search-keywords-places = 学校, 教堂, 寺庙, 清真寺, 医院, 看病, 看医生, 法院, 出庭, 移民法庭, 敏感地点
search-keywords-family = 孩子, 小孩, 家人, 接孩子, 谁去接孩子, 监护人, 应急计划, 委托书, 授权书, 证件, 重要文件
search-keywords-phone = 手机, 密码, 解锁, 面容ID, 指纹解锁, 微信, 社交媒体, 短信, 聊天记录, 照片, 查手机
search-keywords-status = 出庭日期, 开庭, 出庭, 听证, 移民法院, 移民法庭, 法官, 报到, ICE 报到, 签到, check-in, 签证, 学生签证, 工作签证, 旅游签证, 登记, 注册, 移民登记, G-325R
search-keywords-after = 投诉, 举报, 记下来, 做记录, 证人, 目击者, 找人, 家人被抓, 家人失踪, 找不到家人, 查找被拘留的人
