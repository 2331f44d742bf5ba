# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = Gói thông tin của văn phòng trợ giúp pháp lý
packs-intro = Văn phòng trợ giúp pháp lý có thể đưa bạn một gói thông tin: một tập tin có số liên lạc của văn phòng, ghi chú về địa phương và phần cập nhật. Ứng dụng kiểm tra xem ai làm ra gói thông tin trước khi dùng. Không có gì được gửi đi.
packs-install = Cài gói thông tin từ một tập tin
packs-none = Chưa cài gói thông tin nào.
pack-version = Phiên bản { $version }, làm ngày { $date }
pack-from = Của { $publisher }
pack-key = Mã khóa: { $key }
pack-restore = Quay về phiên bản trước
pack-remove = Xóa gói thông tin này
pack-installed = Đã cài gói thông tin.
pack-restored = Xong. Gói thông tin đã trở lại như trước.

## Before installing
pack-review-title = Bạn có tin văn phòng này không?
pack-review-new = Đây là gói thông tin đầu tiên từ văn phòng này. Trước khi cài, hãy hỏi văn phòng để kiểm tra tên và mã khóa. Tên và mã khóa phải giống hệt điều văn phòng nói với bạn.
pack-review-known = Gói thông tin này là của một văn phòng bạn đã tin.
pack-adds-title = Gói thông tin này thêm những gì
pack-adds-contacts = Số liên lạc để thêm vào danh bạ
pack-adds-outdated = Báo cáo về các liên lạc đã cũ trong danh bạ
pack-adds-profile = Tên và trang web của văn phòng, và một dòng chữ để in trên thẻ
pack-adds-guides = Hướng dẫn riêng của gói thông tin: { $titles }
pack-adds-languages = Bằng các ngôn ngữ này: { $languages }
pack-adds-official = Một bản cập nhật chính thức làm thay đổi nội dung của chính ứng dụng: { $files }
pack-review-install = Tin và cài
pack-review-update = Cài bản cập nhật
pack-review-cancel = Hủy

## Where pack content shows
pack-guide-from = Hướng dẫn này có những thay đổi của { $publisher }.
home-clinic = Văn phòng trợ giúp pháp lý của bạn
clinic-call = Gọi

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = Gói thông tin này quá lớn. Không có gì thay đổi.
pack-error-not-a-pack = Tập tin này không phải gói thông tin của kyr, hoặc bị thiếu phần. Không có gì thay đổi.
pack-error-signature = Gói thông tin này đã bị sửa hoặc bị hỏng sau khi được làm ra. Không có gì thay đổi.
pack-error-malformed = Gói thông tin này không được làm đúng cách. Không có gì thay đổi.
pack-error-not-official = Gói thông tin này dùng tên của chính ứng dụng, nhưng không phải do những người làm ra ứng dụng gửi. Không có gì thay đổi.
pack-error-other-key = Gói thông tin này dùng tên của một văn phòng bạn tin, nhưng mã khóa của nó khác. Có thể nó không phải của văn phòng đó. Không có gì thay đổi.
pack-error-not-newer = Bạn đã có phiên bản { $installed } của gói thông tin này. Tập tin này là phiên bản { $offered }. Không có gì thay đổi.
pack-error-built-in = Gói thông tin này cố thay đổi lời của chính ứng dụng, ví dụ như điều cần nói với đặc vụ. Chỉ bản cập nhật chính thức của kyr mới được làm việc đó. Không có gì thay đổi.
pack-error-content = Gói thông tin này có lỗi, nên không có gì thay đổi. Trong { $file }, dòng { $line }: { $problem }
pack-error-io = Không lưu được gói thông tin. Không có gì thay đổi.
pack-broken = Không đọc được một gói thông tin đã cài. Tạm thời ứng dụng dùng nội dung có sẵn của nó.
