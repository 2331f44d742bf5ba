# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = Ứng dụng này cung cấp thông tin pháp lý, không phải tư vấn pháp lý. Hãy nói chuyện với luật sư về trường hợp của bạn. Để tìm trợ giúp miễn phí hoặc giá thấp, hãy mở "Tìm trợ giúp pháp lý" trong ứng dụng này. Các tòa di trú cũng có công bố danh sách những nơi cung cấp dịch vụ pháp lý miễn phí.

## Stopped right now?

right-now-title = Đang bị chặn lại ngay lúc này?
right-now-summary = Những bước quan trọng nhất, theo thứ tự.
right-now-first = Giữ bình tĩnh. Đừng bỏ chạy. Để tay ở chỗ đặc vụ nhìn thấy được.
right-now-do-free-to-go = Hỏi xem bạn có được tự do rời đi không. Nếu họ nói có, hãy từ từ bước đi.
right-now-do-silent = Bạn có thể giữ im lặng. Hãy nói to lên rằng bạn đang giữ im lặng.
right-now-do-name = Ở một số tiểu bang, bạn phải cho cảnh sát biết tên nếu họ chặn bạn lại vì họ nghi có tội phạm. Đừng bao giờ khai tên giả.
right-now-do-papers = Nếu bạn có giấy tờ di trú Hoa Kỳ còn hiệu lực và đặc vụ di trú yêu cầu, hãy đưa cho họ xem. Đừng đưa giấy tờ của nước khác.
right-now-do-no-search = Nếu họ xin khám xét người bạn hoặc đồ đạc của bạn, bạn có thể nói không. Cảnh sát vẫn có thể sờ nắn bên ngoài quần áo của bạn để tìm vũ khí. Đừng chống cự. Hãy nói: "Tôi không đồng ý cho khám xét."
right-now-do-lawyer = Xin gặp luật sư. Đừng ký bất cứ giấy tờ nào trước khi nói chuyện với luật sư.
right-now-dont-run = Đừng bỏ chạy, xô đẩy hay đánh nhau, ngay cả khi bạn nghĩ việc bị chặn lại là không công bằng.
right-now-dont-lie = Đừng nói dối, và đừng đưa giấy tờ giả. Nói dối đặc vụ liên bang là phạm tội.

## On the street

street-title = Ngoài đường
street-summary = Cảnh sát hoặc đặc vụ di trú chặn bạn lại ở nơi công cộng.
street-first = Giữ bình tĩnh. Đừng bỏ chạy. Hỏi xem bạn có được tự do rời đi không.
street-do-free-to-go = Nếu họ nói bạn được tự do rời đi, hãy từ từ bước đi.
street-do-silent = Bạn có thể giữ im lặng. Hãy nói to lên rằng bạn đang giữ im lặng.
street-do-name = Ở một số tiểu bang, bạn phải cho biết tên nếu cảnh sát chặn bạn lại vì họ nghi bạn phạm tội. Đừng bao giờ khai tên giả. Bạn không phải trả lời câu hỏi về nơi bạn sinh ra hay tình trạng di trú của bạn.
street-do-no-search = Nếu họ xin khám xét người bạn hoặc túi xách của bạn, bạn có thể nói không. Cảnh sát vẫn có thể sờ nắn bên ngoài quần áo của bạn để tìm vũ khí. Đừng chống cự.
street-do-carry-papers = Nếu bạn từ 18 tuổi trở lên và Hoa Kỳ đã cấp giấy tờ di trú cho bạn, chẳng hạn như thẻ xanh, hãy mang theo bên mình.
street-do-show-papers = Nếu bạn có giấy tờ di trú Hoa Kỳ còn hiệu lực và đặc vụ di trú yêu cầu, hãy đưa cho họ xem. Đừng đưa giấy tờ của nước khác.
street-do-ask-agency = Hỏi họ thuộc cơ quan nào. Đôi khi đặc vụ di trú mặc áo vest có chữ "POLICE" hoặc nói rằng họ là cảnh sát.
street-dont-run = Đừng bỏ chạy, xô đẩy hay đánh nhau, ngay cả khi bạn nghĩ việc bị chặn lại là không công bằng.
street-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
street-dont-foreign-papers = Nếu bạn không có tình trạng hợp pháp, đừng mang theo giấy tờ của nước khác, chẳng hạn như hộ chiếu. Đừng tự ý đưa chúng cho đặc vụ. Nếu bạn đã có lệnh trục xuất, hãy hỏi luật sư trước khi từ chối một yêu cầu nộp giấy tờ đi lại.
street-dont-sign = Đừng ký bất cứ giấy tờ nào trước khi nói chuyện với luật sư.
street-why-silence = Hiến pháp Hoa Kỳ cho mọi người ở trong nước quyền giữ im lặng, dù tình trạng di trú của họ là gì.
street-why-name = Tối cao Pháp viện đã cho phép các tiểu bang buộc bạn cho biết tên khi cảnh sát chặn bạn lại một cách hợp pháp vì họ nghi có tội phạm. Một số tiểu bang đòi thêm, chẳng hạn như địa chỉ của bạn. Bạn vẫn có thể giữ im lặng về nơi bạn sinh ra và tình trạng di trú của bạn.
street-why-carry = Một luật liên bang nói rằng những người từ 18 tuổi trở lên không phải là công dân phải luôn mang theo giấy tờ di trú đã được cấp cho họ. Không mang theo là phạm tội.
street-why-frisk = Cảnh sát có thể sờ nắn bên ngoài quần áo của bạn nếu họ có lý do hợp lý để nghĩ rằng bạn có vũ khí. Đó không phải là một cuộc khám xét toàn bộ.
street-why-fourth = Tu chính án thứ Tư bảo vệ mọi người ở Hoa Kỳ khỏi những cuộc khám xét và bắt giữ không hợp lý. Vì vậy bạn có thể từ chối cho khám xét.
street-why-lie = Nói dối đặc vụ liên bang là phạm tội. Nói mình là công dân Hoa Kỳ khi không phải cũng là phạm tội, và việc đó có thể khiến bạn mãi mãi không có được tình trạng hợp pháp. Đưa giấy tờ giả cũng là phạm tội.
street-why-run = Bỏ chạy có thể cho cảnh sát lý do để chặn bạn lại. Đánh hoặc cản trở một viên chức liên bang là phạm tội.
street-why-287g = Ở một số nơi, cảnh sát địa phương hoặc cảnh sát quận (sheriff) có thỏa thuận với { -ice }, gọi là 287(g), để làm một số công việc di trú. Với họ, bạn vẫn có những quyền như vậy.
street-unsettled-name-states = Chỉ một số tiểu bang có luật buộc bạn phải cho biết tên. Các danh sách những tiểu bang này không giống nhau. Hãy hỏi một luật sư ở địa phương về tiểu bang của bạn.
street-unsettled-expedited = Từ tháng 1 năm 2025, chính phủ nói rằng họ có thể dùng một thủ tục trục xuất nhanh ("expedited removal") ở bất cứ nơi nào tại Hoa Kỳ đối với những người không chứng minh được là họ đã sống ở đây hai năm. Các tòa án đã thay đổi điều này hơn một lần. Nếu bạn sợ phải trở về nước mình, hãy nói rõ với viên chức, và xin được nói chuyện với một viên chức tị nạn. Một số luật sư khuyên nên giữ bằng chứng cho thấy bạn đã sống ở đây bao lâu, chẳng hạn như hồ sơ thuế, cùi lương hay hợp đồng thuê nhà. Mang theo những giấy tờ đó cũng có thể gây rắc rối. Hãy hỏi luật sư điều gì là đúng cho bạn.
street-unsettled-border = Tại cửa khẩu biên giới, và khi bạn đến sân bay từ nước khác, có những quy định khác. Xem hướng dẫn về biên giới.
street-unsettled-federal = Luật tiểu bang về việc cho biết tên được viết ra cho cảnh sát. Chưa rõ các luật này áp dụng thế nào đối với đặc vụ di trú liên bang. Bạn luôn có thể giữ im lặng về nơi bạn sinh ra và tình trạng di trú của bạn.
street-unsettled-roving = Vào tháng 9 năm 2025, Tối cao Pháp viện cho phép đặc vụ di trú ở Nam California tiếp tục chặn người lại, trong khi một vụ kiện ở tòa quyết định xem việc chặn người dựa trên ngoại hình, ngôn ngữ họ nói, nơi họ đang ở hoặc công việc họ làm có hợp pháp hay không. Đặc vụ vẫn cần có nghi ngờ hợp lý mới được chặn bạn lại.

## Agents at your door

door-title = Đặc vụ ở cửa nhà bạn
door-summary = Cảnh sát hoặc { -ice } gõ cửa nhà bạn.
door-first = Đừng mở cửa. Bạn có thể nói chuyện qua cánh cửa đóng.
door-do-ask-who = Hỏi họ là ai, họ thuộc cơ quan nào, và tại sao họ đến. Yêu cầu họ giơ thẻ nhận dạng lên cửa sổ cho bạn xem.
door-do-slide-warrant = Yêu cầu họ luồn lệnh qua khe dưới cửa hoặc giơ lệnh lên cửa sổ.
door-do-judge = Lệnh của thẩm phán có tên một tòa án ở trên cùng. Thẩm phán ký lệnh đó.
door-do-ice-form = Lệnh của { -ice } có ghi "{ -dhs-on-papers }" (Bộ An ninh Nội địa) ở trên cùng. Viên chức { -ice } ký lệnh đó, không phải thẩm phán. Mẫu I-200 và I-205 là lệnh của { -ice }.
door-do-silent = Bạn có thể giữ im lặng. Bạn không phải trả lời câu hỏi của họ.
door-dont-open = Đừng mở cửa để xem giấy hay để nói chuyện.
door-dont-step-out = Đừng bước ra ngoài để nói chuyện. Đôi khi đặc vụ tìm cách làm cho người ta bước ra ngoài để bắt họ.
door-dont-resist = Nếu đặc vụ vẫn cứ vào, đừng xô đẩy hay đánh lại họ. Hãy nói rằng bạn không đồng ý, và giữ bình tĩnh.
door-dont-lie = Đừng nói dối. Đừng đưa giấy tờ giả.
door-dont-sign = Đừng ký bất cứ giấy tờ nào trước khi nói chuyện với luật sư.
door-why-payton = Cảnh sát không được vào nhà bạn để bắt bạn mà không có lệnh do thẩm phán ký, trừ khi bạn đồng ý hoặc có tình huống khẩn cấp. Xem ghi chú bên dưới về một bản ghi nhớ của { -ice }.
door-why-fourth = Tu chính án thứ Tư bảo vệ nhà bạn khỏi những cuộc khám xét không hợp lý. Vì vậy lệnh của thẩm phán, hoặc sự đồng ý của bạn, là điều quan trọng.
door-why-arrest-warrant = Lệnh bắt của thẩm phán cho phép viên chức vào nhà của người có tên trong lệnh khi họ tin rằng người đó đang ở bên trong. Muốn khám xét nhà của một người khác để tìm người đó, họ cần có lệnh khám xét, sự đồng ý hoặc một tình huống khẩn cấp.
door-why-ruse = Đôi khi đặc vụ di trú ăn mặc giống cảnh sát hoặc nói rằng họ là cảnh sát, để làm cho người ta mở cửa hoặc bước ra ngoài.
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
scan-why-not-proof = Chỉ riêng kết quả trùng khớp thì không phải là bằng chứng. Một quy định của { -dhs } (Directive 026-11) nói rằng nhận diện khuôn mặt không được là lý do duy nhất cho một hành động thi hành luật. Các cơ quan khác, như { -cbp } và TSA, kiểm tra giấy tờ khi kết quả trùng khớp còn đáng nghi ngờ.
scan-why-errors = Nhận diện khuôn mặt nhận sai nhiều hơn đối với phụ nữ và người da màu.
scan-unsettled-refuse = Một tài liệu của { -dhs } nói rằng { -ice } không cho người ta cơ hội từ chối việc quét. Chưa có tòa án nào nói rõ là bạn có được từ chối hay không. Bạn vẫn có thể nói rằng bạn không đồng ý, nhưng đặc vụ vẫn có thể quét bạn.
scan-unsettled-fingerprints = Vào năm 2020, { -ice } nói rằng việc lấy dấu vân tay bằng một ứng dụng điện thoại cũ hơn là tự nguyện. Không rõ điều đó bây giờ có còn đúng không.
scan-unsettled-match = Các tổ chức bảo vệ quyền con người nói rằng đặc vụ { -ice } có thể coi một kết quả trùng khớp là kết luận cuối cùng, ngay cả khi có bằng chứng khác cho thấy ngược lại. Không rõ quy định của { -dhs } cấm chỉ dựa vào nhận diện khuôn mặt có còn được tuân theo hay không.
scan-unsettled-lawsuit = Vào tháng 1 năm 2026, tiểu bang Illinois và Thành phố Chicago đã nộp đơn kiện, trong đó có việc sử dụng { -mobile-fortify }. Vụ kiện này có thể làm thay đổi các quy định.
