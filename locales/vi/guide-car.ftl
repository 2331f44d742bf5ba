# Guide text: short sentences, plain words. Structure and sources: content/guides/car.toml

## In a car

car-title = Trong xe hơi
car-summary = Cảnh sát hoặc đặc vụ chặn chiếc xe bạn đang lái hoặc đang ngồi.
car-first = Tấp xe vào chỗ an toàn. Tắt máy xe. Để tay trên tay lái, hoặc trên đùi nếu bạn là hành khách.
car-do-papers = Nếu bạn đang lái xe, hãy đưa bằng lái, giấy đăng ký xe và giấy bảo hiểm khi cảnh sát yêu cầu. Luật tiểu bang bắt buộc điều này. Có hai ví dụ trong phần nguồn ở bên dưới.
car-do-out = Nếu cảnh sát bảo bạn ra khỏi xe, hãy làm theo. Điều này đúng cho cả tài xế lẫn hành khách.
car-do-silent = Dù là tài xế hay hành khách, bạn đều có thể giữ im lặng. Bạn không phải nói về tình trạng di trú của mình.
car-do-no-search = Bạn có thể từ chối cho khám xét xe. Cảnh sát vẫn có thể khám xét nếu họ có lý do vững chắc để nghĩ rằng họ sẽ tìm thấy bằng chứng phạm tội.
car-do-passenger-free = Hành khách có thể hỏi xem họ có được tự do rời đi không. Nếu được, họ có thể bình tĩnh rời đi.
car-do-no-license = Nếu bạn không có bằng lái xe, đừng bao giờ đưa bằng lái giả. Bạn vẫn có thể giữ im lặng về tình trạng di trú của mình. Hãy hỏi luật sư từ trước xem có nên đưa bằng lái hoặc giấy tờ tùy thân của nước khác hay không.
car-dont-run = Đừng lái xe bỏ đi hay bỏ chạy. Đừng cãi cọ hay đánh nhau, ngay cả khi bạn nghĩ việc bị chặn xe là không công bằng.
car-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
car-dont-reach = Đừng thò tay xuống dưới ghế hay vào túi xách mà không báo cho viên chức biết trước.
car-why-out = Tối cao Pháp viện nói rằng cảnh sát có thể ra lệnh cho tài xế và hành khách ra khỏi xe trong một lần chặn xe hợp pháp.
car-why-passenger = Khi cảnh sát chặn một chiếc xe, hành khách cũng bị coi là bị chặn lại, và có thể khiếu nại ở tòa về một lần chặn xe bất hợp pháp.
car-why-fourth = Tu chính án thứ Tư bảo vệ bạn khỏi những cuộc khám xét không hợp lý. Cảnh sát cần có sự đồng ý của bạn hoặc lý do vững chắc mới được khám xét xe của bạn.
car-why-checkpoint = Tại các trạm kiểm soát di trú cố định ở trong nước, đặc vụ có thể chặn xe và hỏi vài câu ngắn mà không cần có bất cứ nghi ngờ nào. Muốn khám xét xe, họ vẫn cần có sự đồng ý của bạn hoặc lý do vững chắc.
car-why-roving = Gần biên giới, đặc vụ có thể khám xét xe để tìm người không có giấy tờ, nhưng họ vẫn cần có lý do chính đáng mới được chặn xe lại. Khám xét xe cần có lý do vững chắc hoặc sự đồng ý của bạn.
car-unsettled-name = Hành khách thường không phải cho biết tên, trừ khi cảnh sát nghi hành khách đó phạm tội và tiểu bang có luật về việc này. Xem ghi chú về tiểu bang của bạn ở phía trên.
