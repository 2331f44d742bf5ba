# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = Trường học, bệnh viện, nơi thờ phụng, tòa án
places-summary = Bạn đến trường học, bệnh viện, nơi thờ phượng hoặc tòa án.
places-first = Những nơi này không còn là vùng an toàn nữa. Đặc vụ có thể hành động ở đó.
places-do-same = Ở đó bạn vẫn có những quyền như cũ: giữ im lặng, không đồng ý cho khám xét, xin gặp luật sư.
places-do-court = Nếu bạn có phiên xử ở tòa di trú hoặc buổi trình diện { -ice }, đừng bỏ không đi. Nếu bạn không đến phiên xử, thẩm phán có thể ra lệnh trục xuất bạn khi bạn vắng mặt. Hãy nói chuyện với luật sư trước khi đi, mang theo số điện thoại của luật sư, và lập kế hoạch cho gia đình.
places-do-plan = Lập kế hoạch cho gia đình: ai sẽ đón con bạn nếu bạn không đón được.
places-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
places-why-rescinded = Ngày 20 tháng 1 năm 2025, chính phủ đã chấm dứt chính sách hạn chế việc thi hành luật tại trường học, bệnh viện và nơi thờ phượng. Giờ đây các viên chức quyết định theo từng trường hợp.
places-why-courts = Vào tháng 1 năm 2025, { -ice } đã thay bản ghi nhớ năm 2021 của họ, vốn hạn chế việc bắt người tại hoặc gần tòa án. Từ tháng 5 năm 2025, { -ice } đã bắt nhiều người đến dự phiên xử ở tòa di trú.
places-unsettled-lawsuits = Các nhóm tôn giáo đã kiện ra tòa về việc chấm dứt chính sách khu vực được bảo vệ. Các quy định có thể lại thay đổi.
