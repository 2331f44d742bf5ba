# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = Sau khi chạm trán
after-summary = Ghi lại, tìm sự giúp đỡ, và tìm người đã bị bắt đi.
after-first = Ngay khi bạn được an toàn, hãy ghi lại những gì đã xảy ra.
after-do-write = Ghi ngày, giờ và địa điểm, những gì đặc vụ đã nói và làm, tên hoặc số phù hiệu của họ, bảng số xe, và những gì họ đã lấy đi.
after-do-witnesses = Ghi lại tên và số điện thoại của những người làm chứng. Cất giữ hình và video cho an toàn.
after-do-lawyer = Nói chuyện với luật sư hoặc một đường dây nóng phản ứng nhanh về những gì đã xảy ra.
after-do-find = Nếu có người bị bắt đi, hãy tìm trên { -ice } Online Detainee Locator (công cụ tìm người bị giam trên mạng) bằng số A (A-number) và nước nơi sinh của người đó, hoặc bằng tên chính xác và nước nơi sinh của họ.
after-do-line = Bạn cũng có thể gọi đường dây thông tin về giam giữ của { -ice }: 1-888-351-4024.
after-dont-post = Đừng đăng chi tiết về tình trạng di trú của một người lên mạng.
after-dont-sign = Đừng ký giấy tờ cho một người bị giam giữ trước khi bạn nói chuyện với luật sư.
after-why-record = Việc ghi hình viên chức đang làm nhiệm vụ ở nơi công cộng được bảo vệ tại một số tòa phúc thẩm liên bang. Ghi chép và video của bạn có thể giúp ích cho luật sư.
after-why-locator = { -ice } điều hành Online Detainee Locator. Bạn có thể tìm bằng số A (A-number) và nước nơi sinh, hoặc bằng tên và nước nơi sinh.
after-unsettled-locator = Công cụ tìm kiếm này có thể không liệt kê hết mọi người. Trẻ em dưới 18 tuổi có thể không có trong danh sách. Nếu bạn không tìm thấy người đó, hãy gọi luật sư.
