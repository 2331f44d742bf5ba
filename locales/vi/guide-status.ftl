# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = Hãy đến mọi buổi trình diện { -ice }. { -ice } cho phép người ta đặt lịch trình diện trên mạng.
status-do-prepare = Trước một phiên xử hoặc một buổi trình diện, hãy nói chuyện với luật sư, mang theo số điện thoại của luật sư, và lập kế hoạch cho gia đình.
status-do-visa = Nếu bạn có visa, chẳng hạn như visa du học, visa làm việc hay visa du lịch, thì có những quy định khác áp dụng cho bạn. Đừng nói dối. Hãy hỏi luật sư, hoặc văn phòng sinh viên quốc tế của trường bạn, xem bạn phải trả lời những gì.
status-do-register = Từ tháng 4 năm 2025, chính phủ yêu cầu những người chưa bao giờ đăng ký đi đăng ký, bằng Mẫu G-325R. Hãy nói chuyện với luật sư trước khi bạn đăng ký hoặc trả lời một yêu cầu đăng ký.
status-why-absentia = Luật liên bang nói rằng một người đã nhận được giấy báo bằng văn bản về phiên xử mà không đến thì sẽ bị ra lệnh trục xuất.
status-why-court-arrests = Từ tháng 5 năm 2025, { -ice } đã bắt nhiều người đến tòa di trú, thường là ngay sau khi chính phủ xin chấm dứt vụ việc của họ.
status-why-register = Một luật liên bang nói rằng nhiều người không phải công dân phải đăng ký. Cố ý không đăng ký có thể là phạm tội. Việc đăng ký cũng đưa thông tin của bạn cho chính phủ. Vì vậy bạn nên nói chuyện với luật sư trước.
status-why-visa = Bộ Ngoại giao có thể hủy visa bất cứ lúc nào.
status-unsettled-register = Chưa rõ chính phủ sẽ dùng thông tin đăng ký như thế nào, và sẽ buộc tội ai vì không đăng ký. Hãy hỏi luật sư.
status-do-court = Hãy tìm hiểu ngày của phiên xử tiếp theo của bạn ở tòa, và hãy đến. Nếu bạn không đến, thẩm phán có thể ra lệnh trục xuất bạn khi bạn vắng mặt.
status-first = Đừng bao giờ bỏ không đi một phiên xử ở tòa di trú hay một buổi trình diện { -ice }. Hãy nói chuyện với luật sư trước khi đi.
status-summary = Bạn có ngày ra tòa hoặc buổi trình diện { -ice }, bạn có visa, hoặc bạn được yêu cầu đăng ký.
status-title = Ngày ra tòa, trình diện, visa và đăng ký
