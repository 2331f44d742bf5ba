# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = Điện thoại của bạn
phone-summary = Cảnh sát hoặc đặc vụ muốn xem điện thoại của bạn.
phone-first = Khóa điện thoại bằng mật mã, không dùng khuôn mặt hay vân tay.
phone-do-no-consent = Hãy nói rằng bạn không đồng ý cho khám xét điện thoại của bạn.
phone-do-passcode = Dùng mật mã dài. Tắt chức năng mở khóa bằng khuôn mặt và vân tay trước khi đi biểu tình hoặc đi qua biên giới.
phone-do-silent = Giữ im lặng. Hãy xin gặp luật sư trước khi đưa mật mã cho bất cứ ai.
phone-dont-unlock = Đừng mở khóa điện thoại cho cảnh sát chỉ vì họ yêu cầu.
phone-dont-delete = Đừng xóa gì trong điện thoại sau khi cảnh sát hoặc đặc vụ đã yêu cầu lấy điện thoại. Lúc đó, việc giấu hoặc hủy thông tin có thể là phạm tội.
phone-dont-fight = Đừng dùng sức chống cự nếu họ lấy điện thoại.
phone-why-riley = Tối cao Pháp viện nói rằng cảnh sát thường phải có lệnh mới được khám xét dữ liệu trong điện thoại của người mà họ bắt.
phone-why-biometric = Một tòa phúc thẩm liên bang đã cho phép cảnh sát ép ngón tay cái của một người lên điện thoại của người đó để mở khóa. Mật mã mà bạn học thuộc lòng giúp bảo vệ bạn tốt hơn.
phone-why-border = Ở biên giới, đặc vụ có thể xem xét điện thoại mà không cần lệnh. Chính sách của { -cbp } nói rằng khám xét cơ bản không cần có nghi ngờ, còn khám xét chuyên sâu bằng công cụ thì cần có nghi ngờ hợp lý hoặc có lo ngại về an ninh quốc gia.
phone-unsettled-circuits = Các tòa án không đồng ý với nhau về việc khám xét điện thoại ở biên giới. Một số tòa phúc thẩm nói rằng khám xét bằng công cụ thì cần có nghi ngờ hợp lý. Một tòa khác nói không cần có nghi ngờ gì cả. Các tòa cũng không đồng ý với nhau về việc đặc vụ được phép tìm những gì. Điều này có thể thay đổi.
phone-unsettled-passcode = Việc cảnh sát có thể buộc bạn nói ra mật mã hay không thì chưa được xác định rõ. Mật mã mà bạn học thuộc lòng vẫn bảo vệ bạn tốt hơn khuôn mặt hay vân tay.
phone-unsettled-policy = Có tin cho biết { -cbp } đã thay chính sách khám xét điện thoại vào tháng 1 năm 2026. Chúng tôi chưa đọc chính sách mới, nên các quy định ở trên có thể đã thay đổi.
