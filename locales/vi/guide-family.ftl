# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = Kế hoạch chuẩn bị cho gia đình
family-summary = Hãy chuẩn bị ngay bây giờ, để gia đình bạn biết phải làm gì.
family-first = Hãy lập kế hoạch ngay bây giờ về việc ai sẽ chăm sóc con bạn nếu bạn bị giam giữ.
family-do-memorize = Học thuộc lòng số điện thoại của một người trong gia đình, một người bạn hoặc một luật sư mà bạn có thể gọi nếu bạn bị bắt.
family-do-a-number = Ghi lại số A (A-number) của bạn và đưa cho gia đình, để họ có thể tìm ra bạn.
family-do-documents = Giữ các giấy tờ quan trọng chung một chỗ an toàn: giấy khai sinh, hộ chiếu, giấy tờ của con bạn. Cho một người bạn tin tưởng biết chúng ở đâu.
family-do-caregiver = Chọn một người để chăm sóc con bạn. Hãy viết điều đó ra giấy. Một số tiểu bang, như California, có mẫu đơn cho việc này.
family-do-money = Lên kế hoạch về tiền bạc, tài khoản ngân hàng và hợp đồng thuê nhà, để gia đình bạn có thể lo liệu.
family-do-lawyer = Tìm luật sư ngay bây giờ. Một số gia đình điền trước một mẫu đơn (G-28) với luật sư của họ.
family-dont-passport = Đừng tự ý đưa hộ chiếu của bạn hay hộ chiếu của gia đình bạn cho { -ice }. Nếu bạn đã có lệnh trục xuất, hãy hỏi luật sư trước khi từ chối một yêu cầu nộp giấy tờ đi lại.
family-dont-wait = Đừng đợi đến khi có chuyện khẩn cấp mới lập kế hoạch.
family-why-plan = Các nhóm trợ giúp pháp lý khuyên mỗi gia đình nên có một kế hoạch, xoay quanh việc ai sẽ chăm sóc con cái.
family-unsettled-state = Mẫu đơn để chỉ định người chăm sóc con ở mỗi tiểu bang mỗi khác. Hãy hỏi một luật sư ở địa phương nên dùng mẫu nào.
