# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Ứng dụng này cung cấp thông tin pháp lý, không phải tư vấn pháp lý. Hãy nói chuyện với luật sư về trường hợp của bạn. Các tòa di trú có công bố danh sách những nơi cung cấp dịch vụ pháp lý miễn phí.

## Stopped right now?

right-now-title = Đang bị chặn lại ngay lúc này?
right-now-summary = Những bước quan trọng nhất, theo thứ tự.
right-now-first = Giữ bình tĩnh. Đừng bỏ chạy. Để tay ở chỗ đặc vụ nhìn thấy được.
right-now-do-free-to-go = Hỏi xem bạn có được tự do rời đi không. Nếu họ nói có, hãy từ từ bước đi.
right-now-do-silent = Bạn có thể giữ im lặng. Hãy nói to lên rằng bạn đang giữ im lặng.
right-now-do-no-search = Nếu họ xin khám xét người bạn hoặc đồ đạc của bạn, bạn có thể nói không.
right-now-do-lawyer = Xin gặp luật sư. Đừng ký bất cứ giấy tờ nào trước khi nói chuyện với luật sư.
right-now-dont-run = Đừng bỏ chạy, xô đẩy hay đánh nhau, ngay cả khi bạn nghĩ việc bị chặn lại là không công bằng.
right-now-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.

## On the street

street-title = Ngoài đường
street-summary = Cảnh sát hoặc nhân viên di trú chặn bạn lại ở nơi công cộng.
street-first = Giữ bình tĩnh. Đừng bỏ chạy. Hỏi xem bạn có được tự do rời đi không.
street-do-free-to-go = Nếu họ nói bạn được tự do rời đi, hãy từ từ bước đi.
street-do-silent = Bạn có thể giữ im lặng. Hãy nói to lên rằng bạn đang giữ im lặng.
street-do-name = Ở một số tiểu bang, bạn phải cho biết tên nếu cảnh sát chặn bạn lại vì họ nghi bạn phạm tội. Bạn không bao giờ phải nói bạn sinh ra ở đâu hay tình trạng di trú của bạn là gì.
street-do-no-search = Nếu họ xin khám xét người bạn hoặc túi xách của bạn, bạn có thể nói không.
street-do-carry-papers = Nếu bạn từ 18 tuổi trở lên và Hoa Kỳ đã cấp giấy tờ di trú cho bạn, chẳng hạn như thẻ xanh, hãy mang theo bên mình.
street-dont-run = Đừng bỏ chạy, xô đẩy hay đánh nhau, ngay cả khi bạn nghĩ việc bị chặn lại là không công bằng.
street-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
street-dont-foreign-papers = Nếu bạn không có tình trạng hợp pháp, đừng mang theo giấy tờ của nước khác, chẳng hạn như hộ chiếu. Đừng đưa chúng cho đặc vụ.
street-dont-sign = Đừng ký bất cứ giấy tờ nào trước khi nói chuyện với luật sư.
street-why-silence = Hiến pháp Hoa Kỳ cho mọi người ở trong nước quyền giữ im lặng, dù tình trạng di trú của họ là gì.
street-why-name = Tối cao Pháp viện nói rằng một tiểu bang có thể buộc bạn cho biết tên khi cảnh sát chặn bạn lại vì họ có nghi ngờ hợp lý về một tội phạm. Các tiểu bang không được đòi hỏi gì hơn tên của bạn.
street-why-carry = Một luật liên bang nói rằng những người từ 18 tuổi trở lên không phải là công dân phải luôn mang theo giấy tờ di trú đã được cấp cho họ. Không mang theo là phạm tội.
street-unsettled-name-states = Chỉ một số tiểu bang có luật buộc bạn phải cho biết tên. Các danh sách những tiểu bang này không giống nhau. Hãy hỏi một luật sư ở địa phương về tiểu bang của bạn.
street-unsettled-expedited = Từ tháng 1 năm 2025, chính phủ nói rằng họ có thể dùng một thủ tục trục xuất nhanh ("expedited removal") ở bất cứ nơi nào tại Hoa Kỳ đối với những người không chứng minh được là họ đã sống ở đây hai năm. Các tòa án đã thay đổi điều này hơn một lần. Một số luật sư khuyên nên giữ bằng chứng cho thấy bạn đã sống ở đây bao lâu, chẳng hạn như hồ sơ thuế, cùi lương hay hợp đồng thuê nhà. Mang theo những giấy tờ đó cũng có thể gây rắc rối. Hãy hỏi luật sư điều gì là đúng cho bạn.
street-unsettled-border = Ở biên giới và trong sân bay, có những quy định khác.

## Agents at your door

door-title = Đặc vụ ở cửa nhà bạn
door-summary = Cảnh sát hoặc { -ice } gõ cửa nhà bạn.
door-first = Đừng mở cửa. Bạn có thể nói chuyện qua cánh cửa đóng.
door-do-ask-who = Hỏi họ là ai và tại sao họ đến.
door-do-slide-warrant = Yêu cầu họ luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên cửa sổ.
door-do-judge = Lệnh của thẩm phán có tên một tòa án ở trên cùng. Thẩm phán ký lệnh đó.
door-do-ice-form = Lệnh của { -ice } có ghi "{ -dhs-on-papers }" (Bộ An ninh Nội địa) ở trên cùng. Viên chức { -ice } ký lệnh đó, không phải thẩm phán. Mẫu I-200 và I-205 là lệnh của { -ice }.
door-do-silent = Bạn có thể giữ im lặng. Bạn không phải trả lời câu hỏi của họ.
door-dont-open = Đừng mở cửa để xem giấy hay để nói chuyện.
door-dont-resist = Nếu đặc vụ vẫn cứ vào, đừng xô đẩy hay đánh lại họ. Hãy nói rằng bạn không đồng ý, và giữ bình tĩnh.
door-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
door-dont-sign = Đừng ký bất cứ giấy tờ nào trước khi nói chuyện với luật sư.
door-why-payton = Cảnh sát không được vào nhà bạn để bắt bạn mà không có lệnh, trừ khi bạn đồng ý hoặc có tình huống khẩn cấp.
door-why-ice-forms = Lệnh của { -ice } (mẫu I-200 và I-205) do viên chức di trú ký, không phải do thẩm phán ký.
door-why-silence = Hiến pháp Hoa Kỳ cho mọi người quyền giữ im lặng, dù tình trạng di trú của họ là gì.
door-unsettled-memo = Một bản ghi nhớ của { -ice } ngày 12 tháng 5 năm 2025 nói rằng đặc vụ có thể xông vào nhà với lệnh I-205 để bắt một người đã có lệnh trục xuất cuối cùng. Điều này đi ngược với những gì { -ice } đã dạy viên chức của họ trước đây. Có người đang thách thức bản ghi nhớ này ở tòa. Dù vậy, đừng mở cửa, và hãy nói rằng bạn không đồng ý.

## Face or fingerprint scan

scan-title = Quét khuôn mặt hoặc vân tay
scan-summary = Một đặc vụ chĩa điện thoại vào mặt bạn hoặc bảo bạn đưa ngón tay ra.
scan-first = Giữ bình tĩnh. Đừng bỏ chạy. Đừng gạt điện thoại ra.
scan-do-say-no-consent = Bạn có thể nói rằng bạn không đồng ý cho quét.
scan-do-silent = Bạn có thể giữ im lặng về nơi bạn sinh ra và về tình trạng di trú của bạn.
scan-do-free-to-go = Hỏi xem bạn có được tự do rời đi không.
scan-do-lawyer = Xin gặp luật sư.
scan-do-carry = Nếu bạn có thẻ xanh và từ 18 tuổi trở lên, luật nói phải mang theo thẻ. Công dân Hoa Kỳ không phải mang theo bằng chứng quốc tịch. Một thành viên Quốc hội nói rằng { -ice } bảo các viên chức của mình là họ có thể bỏ qua bằng chứng quốc tịch, chẳng hạn như giấy khai sinh, nếu { -mobile-fortify } cho thấy người đó không phải là công dân.
scan-do-write-down = Sau đó, hãy ghi lại những gì đã xảy ra: giờ, địa điểm, đặc vụ đã nói gì, tên hoặc số phù hiệu của họ, bảng số xe, và họ đã quét mặt hay ngón tay của bạn.
scan-dont-resist = Đừng đánh lại hay bỏ chạy, ngay cả khi bạn nghĩ việc quét là không công bằng.
scan-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
scan-why-what = Đặc vụ { -ice } dùng một ứng dụng điện thoại tên là { -mobile-fortify }. Họ chĩa điện thoại vào mặt một người, chụp hình mà không hỏi, và tra cứu các cơ sở dữ liệu của chính phủ trong vài giây.
scan-why-databases = { -mobile-fortify } cũng có thể đọc dấu vân tay mà không cần chạm vào ngón tay. Cơ sở dữ liệu chính của chính phủ về dấu vân tay và khuôn mặt có hồ sơ của hơn 270 triệu người.
scan-why-kept = Một tài liệu của { -dhs } nói rằng hình được lưu giữ 15 năm, kể cả hình của công dân Hoa Kỳ.
scan-why-not-proof = Kết quả trùng khớp không phải là bằng chứng. Một quy định của { -dhs } (Directive 026-11) nói rằng nhận diện khuôn mặt không được là lý do duy nhất cho một hành động thi hành luật. Các cơ quan khác kiểm tra giấy tờ khi kết quả trùng khớp còn đáng nghi ngờ.
scan-why-errors = Nhận diện khuôn mặt nhận sai nhiều hơn đối với phụ nữ và người da màu.
scan-unsettled-refuse = Một tài liệu của { -dhs } nói rằng { -ice } không cho người ta cơ hội từ chối việc quét. Chưa có tòa án nào nói rõ là bạn có được từ chối hay không. Bạn vẫn có thể nói rằng bạn không đồng ý, nhưng đặc vụ vẫn có thể quét bạn.
scan-unsettled-fingerprints = Vào năm 2020, { -ice } nói rằng việc lấy dấu vân tay bằng một ứng dụng điện thoại cũ hơn là tự nguyện. Không rõ điều đó bây giờ có còn đúng không.
scan-unsettled-match = Các tổ chức bảo vệ quyền con người nói rằng đặc vụ { -ice } có thể coi một kết quả trùng khớp là kết luận cuối cùng, ngay cả khi có bằng chứng khác cho thấy ngược lại. Không rõ quy định của { -dhs } cấm chỉ dựa vào nhận diện khuôn mặt có còn được tuân theo hay không.
scan-unsettled-lawsuit = Vào tháng 1 năm 2026, tiểu bang Illinois và Thành phố Chicago đã nộp đơn kiện, trong đó có việc sử dụng { -mobile-fortify }. Vụ kiện này có thể làm thay đổi các quy định.
