# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = Tại nơi làm việc
work-summary = Nhân viên di trú đến chỗ làm của bạn.
work-first = Giữ bình tĩnh. Đừng bỏ chạy.
work-do-warrant = Hỏi xem đặc vụ có lệnh do thẩm phán ký không. Chỉ riêng lệnh của { -ice } thì không cho phép họ vào các khu vực riêng của nơi làm việc.
work-do-private = Đặc vụ cần có lệnh của thẩm phán hoặc sự cho phép của chủ nhân mới được vào những khu vực không mở cửa cho công chúng.
work-do-silent = Bạn có thể giữ im lặng. Bạn không phải nói bạn sinh ra ở đâu hay tình trạng di trú của bạn là gì.
work-do-lawyer = Xin gặp luật sư. Đừng ký bất cứ giấy tờ nào trước khi nói chuyện với luật sư.
work-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
work-dont-hide = Đừng trốn hay bỏ chạy. Đừng đánh lại đặc vụ.
work-why-warrant = Các hướng dẫn "biết quyền của bạn" của ACLU nói rằng lệnh của { -ice } do một viên chức ký không cho đặc vụ quyền hợp pháp để vào bên trong.
work-why-silence = Hiến pháp Hoa Kỳ cho mọi người quyền giữ im lặng, dù tình trạng di trú của họ là gì.
work-unsettled-employer = Chủ nhân của bạn có thể cho phép những gì, và khu vực nào được coi là công cộng, là tùy theo từng nơi. Hãy nói chuyện với một nhóm bảo vệ quyền của người lao động hoặc một luật sư.
