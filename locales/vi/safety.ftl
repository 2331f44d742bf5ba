# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = Ẩn
quick-exit-label = Ẩn màn hình này ngay
neutral-title = Ghi chú
neutral-placeholder = Viết ghi chú. Ghi chú này không được lưu.
neutral-new = Ghi chú mới
neutral-all = Tất cả ghi chú
neutral-note-1-title = Đi chợ
neutral-note-1-body = Gạo, trứng, sữa, bánh mì, hành, rau muống, xà bông.
neutral-note-2-title = Thịt kho
neutral-note-2-body = Thịt heo, trứng, nước dừa, nước mắm, đường. Kho một tiếng.
neutral-note-3-title = Tuần này
neutral-note-3-body = Trả tiền điện thoại. Lau dọn nhà bếp. Sửa xe đạp.
hide-tip-title = Nút Ẩn hoạt động thế nào
hide-tip-text = Chạm vào Ẩn thì kyr sẽ hiện ngay một trang ghi chú bình thường. Trên đó không có gì của kyr. Muốn quay lại, hãy đóng kyr rồi mở lại.
hide-tip-ok = Đã hiểu

## Privacy
privacy-title = Quyền riêng tư của bạn
privacy-text = Ứng dụng này không gửi gì đi và không cần internet. Ứng dụng chỉ giữ cài đặt của bạn, những người liên lạc bạn lưu, và kế hoạch khẩn cấp nếu bạn có lập. Kế hoạch được khóa bằng mật mã của bạn. Bạn có thể xóa hết mọi thứ trong Cài đặt.

## The emergency plan (locked)
home-plan = Kế hoạch khẩn cấp của tôi
home-plan-hint = Người liên lạc, số A (A-number), kế hoạch gia đình. Khóa bằng mật mã.
vault-title = Kế hoạch khẩn cấp của tôi
vault-intro = Hãy giữ người liên lạc khẩn cấp và kế hoạch gia đình của bạn ở đây. Chúng được khóa bằng mật mã và chỉ nằm trên điện thoại này.
vault-pin-label = Mật mã (số hoặc chữ)
vault-pin-again = Nhập lại lần nữa
vault-pin-hint = Dùng ít nhất 6 số hoặc chữ. Mật mã càng dài càng an toàn.
vault-create = Khóa kế hoạch của tôi bằng mật mã này
vault-unlock = Mở
vault-lock = Khóa ngay
vault-locked-note = Kế hoạch tự khóa khi bạn rời ứng dụng, và sau 5 phút.
vault-pin-mismatch = Hai mật mã không giống nhau.
vault-pin-short = Dùng ít nhất 6 số hoặc chữ.
vault-wrong-pin = Sai mật mã.
vault-wait = { $seconds ->
   *[other] Hãy đợi { $seconds } giây rồi thử lại.
}
vault-unreadable = Không đọc được kế hoạch khẩn cấp của bạn. Tập tin có thể bị hỏng. Tập tin chưa bị xóa. Bạn có thể giữ lại, hoặc xóa đi và làm lại từ đầu.
vault-erase-damaged = Xóa kế hoạch bị hỏng
vault-opening = Đang mở…
vault-save = Lưu và khóa
vault-saved = Đã lưu. Kế hoạch của bạn đã được khóa.
vault-name-label = Tên của bạn
vault-a-number-label = Số A (A-number) của bạn, nếu có
vault-contacts-heading = Người liên lạc khẩn cấp
vault-contact-name = Tên
vault-contact-phone = Số điện thoại
vault-add-contact = Thêm người liên lạc
vault-remove-contact = Xóa
vault-plan-heading = Kế hoạch gia đình
vault-children-label = Ai sẽ đón con
vault-documents-label = Giấy tờ quan trọng để ở đâu
vault-lawyer-name-label = Tên luật sư
vault-lawyer-phone-label = Số điện thoại của luật sư
vault-notes-label = Ghi chú khác
vault-phone-invalid = Số điện thoại này có vẻ không đúng: { $phone }
vault-too-long = Phần này dài quá. Xin viết ngắn lại.
vault-print = In kế hoạch gia đình
vault-print-title = Kế hoạch khẩn cấp của gia đình
vault-print-note = Hãy để tờ giấy này ở nhà, chỗ gia đình bạn có thể tìm thấy.

## "I've been detained" message
detained-button = Tôi bị giam giữ: gửi tin nhắn
detained-title = Gửi tin nhắn nhờ giúp đỡ
detained-explain = Nút này mở phần tin nhắn của điện thoại, với một tin nhắn viết sẵn. Bạn tự chọn có gửi hay không. Ứng dụng này không gửi gì cả.
detained-place-label = Họ đang đưa bạn đi đâu? (nếu bạn biết)
detained-to = Gửi đến
detained-send = Mở tin nhắn của tôi
detained-no-contacts = Trước tiên, hãy thêm một người liên lạc khẩn cấp vào kế hoạch của bạn.
detained-msg-intro = Tôi là { $name }. Tôi đang bị cơ quan di trú giam giữ.
detained-msg-a-number = Số A (A-number) của tôi là { $anumber }.
detained-msg-lawyer = Làm ơn gọi cho luật sư của tôi là { $lawyer }, số { $phone }.
detained-msg-no-lawyer = Làm ơn giúp tôi tìm luật sư.
detained-msg-place = Họ đang đưa tôi đến: { $place }.

## Second PIN for danger
duress-title = Mật mã thứ hai khi gặp nguy hiểm (có thể bỏ qua)
duress-explain = Nếu có ai đó không phải là viên chức, chẳng hạn như người bạo hành bạn, ép bạn mở kế hoạch, hãy nhập mật mã thứ hai này thay vào đó. Nó sẽ mở ra một kế hoạch trống. Không ai có thể biết là có mật mã thứ hai.
officials-no-hiding = Đừng dùng mật mã thứ hai hay xóa kế hoạch của bạn sau khi cảnh sát hoặc đặc vụ di trú đã yêu cầu xem điện thoại của bạn hoặc ứng dụng này. Lúc đó, việc giấu hoặc xóa thông tin có thể là phạm tội. Hãy nói: "Tôi không đồng ý cho khám xét." Rồi xin gặp luật sư.
duress-pin-label = Mật mã thứ hai
duress-wipe-label = Xóa luôn kế hoạch thật của tôi khi mật mã thứ hai được dùng
duress-wipe-warning = Nếu bạn chọn điều này, kế hoạch thật của bạn sẽ mất vĩnh viễn khi mật mã thứ hai được dùng. Không thể lấy lại được.
duress-set = Đặt mật mã thứ hai
duress-confirm = Tôi hiểu. Đặt mật mã thứ hai.
duress-same = Mật mã thứ hai phải khác với mật mã của bạn.
duress-done = Đã đặt mật mã thứ hai.

## Erase everything
wipe-title = Xóa hết mọi thứ
wipe-explain = Việc này xóa kế hoạch khẩn cấp, những người liên lạc đã lưu, những liên lạc đã thêm từ tập tin, các gói thông tin của văn phòng trợ giúp pháp lý và phần cài đặt của bạn khỏi điện thoại này. Các hướng dẫn vẫn còn. Không thể lấy lại được.
wipe-button = Xóa hết mọi thứ
wipe-confirm = Vâng, xóa hết mọi thứ ngay
wipe-cancel = Hủy
wipe-done = Mọi thứ bạn đã lưu đã bị xóa.

## Errors
error-vault-locked = Kế hoạch của bạn đang bị khóa. Hãy mở bằng mật mã của bạn.
error-vault-exists = Bạn đã có một kế hoạch rồi. Hãy mở bằng mật mã của bạn.
error-vault-unreadable = Không đọc được kế hoạch khẩn cấp của bạn. Kế hoạch chưa bị xóa.
