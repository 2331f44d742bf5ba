# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Tại nơi làm việc
work-summary = Đặc vụ di trú đến chỗ làm của bạn.
work-first = Giữ bình tĩnh. Đừng bỏ chạy.
work-do-warrant = Hỏi xem đặc vụ có lệnh do thẩm phán ký không. Chỉ riêng lệnh của { -ice } thì không cho phép họ vào các khu vực riêng của nơi làm việc.
work-do-private = Đặc vụ cần có lệnh của thẩm phán, sự đồng ý của chủ nhân, hoặc một tình huống khẩn cấp mới được vào những khu vực không mở cửa cho công chúng.
work-do-silent = Bạn có thể giữ im lặng. Bạn không phải trả lời câu hỏi về nơi bạn sinh ra hay tình trạng di trú của bạn. Nếu bạn có giấy tờ di trú Hoa Kỳ còn hiệu lực và đặc vụ yêu cầu, hãy đưa cho họ xem.
work-do-lawyer = Xin gặp luật sư. Đừng ký bất cứ giấy tờ nào trước khi nói chuyện với luật sư.
work-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
work-dont-hide = Đừng trốn hay bỏ chạy. Đừng đánh lại đặc vụ.
work-why-warrant = Chỉ riêng lệnh của { -ice } do một viên chức ký thì không cho phép đặc vụ vào những khu vực không mở cửa cho công chúng, trừ khi chủ nhân đồng ý hoặc có tình huống khẩn cấp. Lệnh khám xét do thẩm phán ký thì có cho phép họ vào.
work-why-fourth = Tu chính án thứ Tư bảo vệ khỏi những cuộc khám xét không hợp lý. Vì vậy đặc vụ cần có lệnh của thẩm phán hoặc sự đồng ý mới được vào những khu vực riêng.
work-why-i9 = Trước một cuộc kiểm tra giấy tờ làm việc (Form I-9), chủ nhân thường nhận được giấy báo bằng văn bản ít nhất 3 ngày trước đó. Đặc vụ cũng có thể dùng trát đòi (subpoena) hoặc lệnh để lấy giấy tờ sớm hơn.
work-why-silence = Hiến pháp Hoa Kỳ cho mọi người quyền giữ im lặng, dù tình trạng di trú của họ là gì.
work-unsettled-employer = Chủ nhân của bạn có thể cho phép những gì, và khu vực nào được coi là công cộng, là tùy theo từng nơi. Hãy nói chuyện với một nhóm bảo vệ quyền của người lao động hoặc một luật sư.
