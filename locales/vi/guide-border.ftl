# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = Vùng biên giới, trạm kiểm soát và sân bay
border-summary = Bạn sống hoặc đi lại gần biên giới, hoặc đi máy bay.
border-first = Tại cửa khẩu biên giới, và tại sân bay khi bạn đến từ nước khác, quy định khác hẳn. Ở đó đặc vụ có nhiều quyền hơn.
border-do-checkpoint = Tại trạm kiểm soát cố định, đặc vụ có thể chặn mọi xe và hỏi vài câu ngắn. Bạn có thể giữ im lặng.
border-do-no-search = Ở những nơi không phải là cửa khẩu biên giới, kể cả tại các trạm kiểm soát ở trong nước, bạn có thể từ chối cho khám xét xe của bạn. Đặc vụ vẫn có thể khám xét nếu họ có lý do vững chắc. Tại cửa khẩu biên giới, họ có thể khám xét xe của bạn mà không cần bạn đồng ý.
border-do-phone = Trước khi qua biên giới, hãy tắt chức năng mở khóa bằng khuôn mặt và vân tay, và mang theo ít dữ liệu hơn.
border-do-papers = Nếu bạn có giấy tờ di trú, hãy mang theo. Người lớn đã được cấp giấy tờ này thì bắt buộc phải mang theo.
border-do-green-card = Nếu bạn có thẻ xanh, bạn không phải ký Mẫu I-407, là mẫu từ bỏ thẻ xanh của bạn. Thay vào đó, bạn có thể xin gặp thẩm phán di trú.
border-do-travel-lawyer = Nếu bạn có thẻ xanh hoặc visa và đã từng bị bắt, hãy nói chuyện với luật sư trước khi đi ra nước ngoài.
border-dont-lie = Đừng nói dối đặc vụ biên phòng. Đừng đưa giấy tờ giả.
border-dont-run = Đừng bỏ chạy hay chống cự.
border-why-zone = Luật liên bang cho phép đặc vụ khám xét xe để tìm người không có giấy tờ trong một "khoảng cách hợp lý" tính từ biên giới, mà quy định đặt ra là 100 dặm đường chim bay.
border-why-stop = Đặc vụ vẫn cần có nghi ngờ hợp lý mới được chặn một chiếc xe lại trong vùng biên giới. Đội tuần tra lưu động muốn khám xét xe thì cần có lý do vững chắc hoặc sự đồng ý của bạn.
border-why-checkpoint = Tối cao Pháp viện cho phép chặn lại trong thời gian ngắn tại các trạm kiểm soát cố định mà không cần có nghi ngờ.
border-why-car-search = Ở những nơi cách xa biên giới, đặc vụ cần có sự đồng ý của bạn hoặc lý do vững chắc mới được khám xét xe, ngay cả tại trạm kiểm soát.
border-why-answers = Khi đến từ nước khác, công dân Hoa Kỳ chỉ phải trả lời câu hỏi về việc họ là ai và về quốc tịch của họ. Người có thẻ xanh chỉ phải trả lời câu hỏi về việc họ là ai và về tình trạng di trú của họ; từ chối trả lời các câu hỏi khác có thể làm chậm trễ. Du khách và người có visa có thể bị từ chối nhập cảnh nếu họ không trả lời.
border-unsettled-expedited = Thủ tục trục xuất nhanh, không có phiên tòa, nay được áp dụng ở bất cứ nơi nào tại Hoa Kỳ đối với những người không chứng minh được là đã ở đây hai năm. Các tòa án đã thay đổi điều này hơn một lần.
border-unsettled-phones = Quy định về khám xét điện thoại ở biên giới đang thay đổi. Xem hướng dẫn về điện thoại của bạn.
