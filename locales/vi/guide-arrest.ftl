# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = Bị bắt và bị giam giữ
arrest-summary = Bạn hoặc người bạn thương bị cơ quan di trú bắt hoặc giam giữ.
arrest-first = Giữ im lặng và xin gặp luật sư. Đừng ký bất cứ thứ gì.
arrest-do-lawyer = Bạn có quyền có luật sư ở tòa di trú, nhưng chính phủ không trả tiền luật sư. Hãy xin danh sách các dịch vụ pháp lý miễn phí.
arrest-do-fear = Nếu bạn sợ phải trở về nước mình, hãy nói rõ với viên chức. Xin được nói chuyện với một viên chức tị nạn hoặc một thẩm phán.
arrest-do-bond = Hãy hỏi luật sư của bạn về phiên xử về tiền bảo lãnh. Thẩm phán có thể cho bạn ra khỏi nơi giam giữ trong lúc hồ sơ của bạn đang tiếp diễn. Không phải ai cũng được đóng tiền bảo lãnh. Có thể luật sư cũng thách thức được việc giam giữ bạn ở tòa án liên bang.
arrest-do-court = Nếu bạn có ngày hẹn ra tòa di trú, hãy đến tòa. Nếu bạn không đến, thẩm phán có thể ra lệnh trục xuất bạn khi bạn vắng mặt.
arrest-do-consulate = Bạn có thể xin liên lạc với lãnh sự quán của bạn. Viên chức phải cho người nước ngoài bị giam giữ biết về quyền này. Với một số nước, viên chức phải báo cho lãnh sự quán ngay cả khi bạn không yêu cầu. Nếu bạn sợ chính phủ nước mình, hoặc định xin tị nạn, hãy nói chuyện với luật sư trước khi liên lạc với lãnh sự quán.
arrest-do-a-number = Hãy biết số A (A-number) của bạn nếu bạn có, và đưa số đó cho gia đình. Số này giúp họ tìm ra bạn.
arrest-do-find = Để tìm một người bị { -ice } giam giữ, hãy dùng { -ice } Online Detainee Locator (công cụ tìm người bị giam trên mạng). Tìm bằng số A (A-number) và nước nơi sinh của họ, hoặc bằng tên chính xác và nước nơi sinh của họ.
arrest-do-line = Gia đình cũng có thể gọi đường dây thông tin về giam giữ của { -ice }: 1-888-351-4024.
arrest-dont-sign = Đừng ký bất cứ giấy tờ nào, chẳng hạn như tự nguyện ra đi ("voluntary departure") hay đồng ý bị trục xuất ("stipulated removal"), trước khi nói chuyện với luật sư.
arrest-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
arrest-why-counsel = Luật liên bang nói rằng người đang trong thủ tục trục xuất có thể có luật sư do họ tự chọn, nhưng chính phủ không trả tiền.
arrest-why-consular = Một hiệp ước, Công ước Viên về Quan hệ Lãnh sự, nói rằng nhà chức trách phải báo ngay, không chậm trễ, cho người nước ngoài bị giam giữ biết rằng họ có thể yêu cầu báo tin cho lãnh sự quán của họ. Điều này áp dụng dù tình trạng di trú của bạn là gì.
arrest-why-fear = Luật liên bang nói rằng một người đang trong thủ tục trục xuất nhanh mà nói rằng họ sợ phải trở về thì phải được chuyển đến một viên chức tị nạn để phỏng vấn.
arrest-why-bond = Các quy định liên bang cho phép người bị giam giữ xin thẩm phán di trú xem xét lại việc giam giữ và tiền bảo lãnh của họ. Từ năm 2025, các thẩm phán di trú nói rằng nhiều người đã vào Hoa Kỳ mà không qua kiểm tra ở cửa khẩu thì không được đóng tiền bảo lãnh. Các tòa án liên bang có thể xem xét một người có đang bị giam giữ trái luật hay không.
arrest-why-locator = Có thể tìm trên công cụ này bằng số A (A-number) và nước nơi sinh, hoặc bằng tên và nước nơi sinh.
arrest-unsettled-silence = Việc giữ im lặng có thể bị dùng để chống lại bạn ở tòa di trú hay không thì chưa được xác định rõ. Những gì bạn nói có thể bị dùng để chống lại bạn ở đó. Hãy hỏi luật sư của bạn.
arrest-unsettled-locator = Các ô tìm kiếm của công cụ này có thể đã thay đổi kể từ khi các nguồn của chúng tôi được viết.
