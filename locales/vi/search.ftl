# Những từ khác người ta gõ khi tìm một hướng dẫn: từ hằng ngày, tiếng lóng,
# tên gọi khác của cùng một việc. Các từ này không bao giờ hiện ra; phần tìm
# kiếm dùng chúng để tìm hướng dẫn. Hãy viết những từ người trong cộng đồng
# của bạn thật sự dùng, cách nhau bằng dấu phẩy. Không cần giống từ tiếng Anh.

search-keywords-right-now = giúp, cứu, khẩn cấp, ngay bây giờ, gấp, bị chặn, bị chặn lại, làm sao, phải làm gì
search-keywords-street = cảnh sát, cớm, công an, giấy tờ, ID, căn cước, tên, ngoài đường, vỉa hè, đi bộ, khám người, xét người
search-keywords-door = ICE, sở di trú, di trú, bố ráp, đột kích, gõ cửa, nhà, căn hộ, chung cư, mở cửa, trát, lệnh khám xét
search-keywords-face-scan = Mobile Fortify, nhận diện khuôn mặt, quét mặt, Face ID, chụp hình, chụp ảnh, dấu vân tay, lăn tay, sinh trắc học, camera, app
search-keywords-car = xe, lái xe, tài xế, bị chặn xe, tấp vào lề, bằng lái, hành khách, cốp xe, vé phạt, giấy phạt, ticket
search-keywords-workplace = việc làm, đi làm, chủ, sếp, hãng, xưởng, nông trại, nhà hàng, tiệm nail, đồng nghiệp, bố ráp chỗ làm
search-keywords-protest = biểu tình, tuần hành, xuống đường, tụ tập, quay phim, quay video, ghi hình, livestream, quay cảnh sát
search-keywords-arrest = bị bắt, bị giam, bị giữ, nhà tù, ở tù, trại giam, trại tạm giam, trục xuất, bị trục xuất, tiền bảo lãnh, tiền thế chân, bond
search-keywords-border = sân bay, máy bay, chuyến bay, trạm kiểm soát, hải quan, biên giới, tuần tra biên giới, nhập cảnh, đi du lịch
search-keywords-places = trường học, nhà thờ, chùa, đền, nhà thờ Hồi giáo, bệnh viện, bác sĩ, phòng mạch, tòa án, tòa di trú, ra tòa
search-keywords-family = con, con cái, trẻ em, tụi nhỏ, gia đình, kế hoạch, người giám hộ, ai đón con, đón con, giấy tờ, kế hoạch khẩn cấp, giấy ủy quyền
search-keywords-phone = điện thoại, di động, mật khẩu, mở khóa, mạng xã hội, Facebook, Zalo, tin nhắn, text, hình ảnh
search-keywords-status = ngày ra tòa, ra tòa, hầu tòa, phiên xử, phiên tòa, tòa di trú, thẩm phán, trình diện, trình diện ICE, check-in, visa, thị thực, visa du học, visa sinh viên, visa làm việc, đăng ký, đăng ký di trú, G-325R, court date, hearing
search-keywords-after = khiếu nại, báo cáo, ghi lại, nhân chứng, người làm chứng, tìm người, tìm người thân, người nhà mất tích, tra cứu người bị giam
