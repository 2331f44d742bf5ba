# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = Biểu tình và ghi hình
protest-summary = Bạn tuần hành, quan sát hoặc ghi hình đặc vụ ở nơi công cộng.
protest-first = Hãy biết rủi ro trước khi đi. Bất cứ lần tiếp xúc nào với cảnh sát cũng có thể dẫn đến rắc rối về di trú, ngay cả khi không bị bắt.
protest-do-record = Bạn có thể ghi hình cảnh sát và đặc vụ đang làm nhiệm vụ ở nơi công cộng. Hãy đứng lùi ra xa theo khoảng cách họ yêu cầu. Đừng cản đường họ.
protest-do-phone = Trước khi đi biểu tình, hãy tắt chức năng mở khóa bằng khuôn mặt và vân tay. Thay vào đó, hãy dùng mật mã.
protest-do-silent = Nếu cảnh sát chặn bạn lại, bạn có thể giữ im lặng và xin gặp luật sư.
protest-do-plan = Đi cùng bạn bè. Học thuộc lòng số điện thoại của một người để gọi nếu bạn bị bắt.
protest-dont-fight = Đừng đánh nhau hay chống cự, ngay cả khi bạn nghĩ việc bắt giữ là sai.
protest-dont-carry = Đừng mang theo giấy tờ của nước khác, và không bao giờ đưa giấy tờ giả.
protest-dont-sign = Đừng ký bất cứ thứ gì trước khi nói chuyện với luật sư.
protest-why-speech = Tu chính án thứ Nhất bảo vệ quyền biểu tình ôn hòa cho mọi người ở Hoa Kỳ. Biểu tình ôn hòa không có trong danh sách các lý do để trục xuất. Nhưng việc bị bắt hoặc bị buộc tội hình sự có thể dẫn đến việc bị trục xuất.
protest-why-record = Một số tòa phúc thẩm liên bang nói rằng Tu chính án thứ Nhất bảo vệ việc ghi hình viên chức làm việc ở nơi công cộng, với những giới hạn hợp lý.
protest-why-passcode = Mật mã mà bạn học thuộc lòng cho bạn sự bảo vệ pháp lý mạnh hơn so với mở khóa bằng khuôn mặt hay vân tay.
protest-unsettled-courts = Các tòa án không phải lúc nào cũng bảo vệ quyền tự do ngôn luận của người nhập cư theo cùng một cách.
protest-unsettled-visas = Từ năm 2025, chính phủ đã hủy visa và tìm cách trục xuất một số người không phải công dân, kể cả sinh viên và người có thẻ xanh, vì họ biểu tình hoặc vì những gì họ nói. Các tòa án đang xem xét việc này có hợp pháp hay không. Nếu bạn không phải là công dân Hoa Kỳ, và nhất là nếu bạn có visa, hãy nói chuyện với luật sư trước khi đi.
protest-unsettled-impeding = Ngăn chặn hoặc cản trở một viên chức liên bang là phạm tội. Hãy giữ khoảng cách khi bạn ghi hình.
protest-unsettled-scans = Có video cho thấy đặc vụ chĩa điện thoại vào người biểu tình. Đây có thể là quét khuôn mặt. Xem hướng dẫn về quét khuôn mặt và vân tay.
protest-unsettled-record = Không phải tòa án nào cũng đã phán quyết về việc ghi hình, và chưa rõ lắm các phán quyết này áp dụng thế nào đối với đặc vụ liên bang.
