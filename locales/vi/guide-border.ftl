# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Vùng biên giới, trạm kiểm soát và sân bay
border-summary = Bạn sống hoặc đi lại gần biên giới, hoặc đi máy bay.
border-first = Ở biên giới và trong sân bay, quy định khác hẳn. Ở đó đặc vụ có nhiều quyền hơn.
border-do-checkpoint = Tại trạm kiểm soát cố định, đặc vụ có thể chặn mọi xe và hỏi vài câu ngắn. Bạn có thể giữ im lặng.
border-do-no-search = Khi không ở trạm kiểm soát, bạn có thể từ chối cho khám xét xe của bạn.
border-do-phone = Trước khi qua biên giới, hãy tắt chức năng mở khóa bằng khuôn mặt và vân tay, và mang theo ít dữ liệu hơn.
border-do-papers = Nếu bạn có giấy tờ di trú, hãy mang theo. Người lớn đã được cấp giấy tờ này thì bắt buộc phải mang theo.
border-dont-lie = Đừng nói dối nhân viên biên phòng. Đừng đưa giấy tờ giả.
border-dont-run = Đừng bỏ chạy hay chống cự.
border-why-zone = Luật liên bang cho phép đặc vụ khám xét xe để tìm người không có giấy tờ trong một "khoảng cách hợp lý" tính từ biên giới, mà quy định đặt ra là 100 dặm đường chim bay.
border-why-stop = Đặc vụ vẫn cần có nghi ngờ hợp lý mới được chặn một chiếc xe lại trong vùng biên giới. Đội tuần tra lưu động muốn khám xét xe thì cần có lý do vững chắc hoặc sự đồng ý của bạn.
border-why-checkpoint = Tối cao Pháp viện cho phép chặn lại trong thời gian ngắn tại các trạm kiểm soát cố định mà không cần có nghi ngờ.
border-unsettled-expedited = Thủ tục trục xuất nhanh, không có phiên tòa, nay được áp dụng ở bất cứ nơi nào tại Hoa Kỳ đối với những người không chứng minh được là đã ở đây hai năm. Các tòa án đã thay đổi điều này hơn một lần.
border-unsettled-phones = Quy định về khám xét điện thoại ở biên giới đang thay đổi. Xem hướng dẫn về điện thoại của bạn.
