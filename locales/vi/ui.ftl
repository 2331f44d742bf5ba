# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = Tiếng Việt
app-title = Biết quyền của bạn
loading = Đang tải…

home-urgent = Đang bị chặn lại ngay lúc này?
home-urgent-hint = Những bước đầu tiên, thật nhanh
home-scenarios = Chuyện gì đang xảy ra?
home-short-door = Ở cửa nhà
home-short-car = Trong xe hơi
home-short-street = Ngoài đường
home-short-arrest = Bị bắt giữ
home-warrant = Kiểm tra lệnh
home-warrant-hint = Có giấy tờ ở cửa nhà bạn? Hãy kiểm tra từng bước.
home-more = Thêm
home-cards = Đưa thẻ cho đặc vụ xem
home-cards-hint = Chữ tiếng Anh cỡ lớn, bên dưới là ngôn ngữ của bạn.
disclaimer = Thông tin pháp lý, không phải tư vấn pháp lý.

nav-back = Quay lại
nav-language = Ngôn ngữ
nav-home = Trang chính
nav-glossary = Từ cần biết
nav-settings = Cài đặt

glossary-title = Từ cần biết
settings-title = Cài đặt
settings-state = Tiểu bang của bạn
settings-state-hint = Một số hướng dẫn có ghi quy định của tiểu bang bạn. Lựa chọn của bạn được giữ trên điện thoại này.
settings-state-none = Chưa chọn
state-picker-title = Chọn tiểu bang của bạn
state-note-heading = Tiểu bang của bạn: { $state }
state-note-choose = Chọn tiểu bang của bạn để xem quy định ở đó về việc cho biết tên.
state-note-change = Đổi tiểu bang

cards-title = Thẻ để đưa cho đặc vụ xem
cards-for-agent = Dành cho viên chức:
cards-next = Thẻ tiếp theo
cards-previous = Thẻ trước
cards-close = Đóng
guide-show-card = Cho xem thẻ
nav-print = In thẻ
print-title = In thẻ cỡ ví
print-hint = Dành cho văn phòng trợ giúp pháp lý: in cả hai mặt giấy, lật theo cạnh dài, rồi cắt theo các đường màu xám.
print-clinic = Dòng thông tin của văn phòng bạn (không bắt buộc)
print-button = In

warrant-title = Kiểm tra lệnh
warrant-intro = Trả lời vài câu hỏi về tờ giấy. Hãy giữ cửa đóng trong lúc làm việc này.
warrant-start-over = Làm lại từ đầu
warrant-tone-stop = Giữ cửa đóng
warrant-tone-caution = Hãy cẩn thận
warrant-tone-enter = Họ có thể vào
warrant-picture-compare = Bên trái: lệnh của thẩm phán có tên một tòa án ở trên cùng. Bên phải: mẫu giấy của { -ice } có con dấu của { -dhs }.
warrant-picture-signature = Bên trái: thẩm phán ký lệnh tư pháp. Bên phải: viên chức di trú ký lệnh của { -ice }.

language-title = Chọn ngôn ngữ của bạn
language-machine = Dịch với sự trợ giúp của máy
notice-machine-assisted = Bản dịch này được làm với sự trợ giúp của máy. Chưa có người nào kiểm tra. Các câu để nói cũng có kèm tiếng Anh.

section-first = Làm việc này trước
section-do = Nên làm
section-dont = Đừng làm
section-say = Nên nói gì
section-why = Tại sao: luật pháp
section-unsettled = Chỗ luật chưa rõ ràng
section-lawyer = Tìm luật sư

phrase-english-label = Bằng tiếng Anh:
guide-reviewed-by = { $by } đã đối chiếu hướng dẫn này với các nguồn của nó ngày { $date }.
guide-not-lawyer-reviewed = Chưa có luật sư nào xem lại hướng dẫn này.
guide-lawyer-reviewed = Đã được luật sư ({ $by }) xem lại ngày { $date }.
guide-stale = Hướng dẫn này được kiểm tra lần cuối ngày { $date }, cách đây hơn một năm. Luật có thể đã thay đổi.
guide-sources = Nguồn của hướng dẫn này
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
   *[other] { $count } nguồn
}
guide-terms = Từ cần biết:
citation-sources = Nguồn
citation-read-on = Đã đọc ngày { $date }
citation-kind-constitution = Hiến pháp
citation-kind-statute = Luật
citation-kind-regulation = Quy định
citation-kind-court = Phán quyết của tòa án
citation-kind-agency = Cơ quan chính phủ
citation-kind-organization = Tổ chức pháp lý
citation-kind-news = Bản tin

error-storage = Ứng dụng không đọc được dữ liệu của nó. Dữ liệu bạn đã lưu không bị thay đổi.
error-content = Nội dung của ứng dụng có vấn đề. Xin vui lòng cập nhật ứng dụng.
error-unknown-guide = Hướng dẫn này không có trong ứng dụng.
error-unknown-locale = Ngôn ngữ này không có trong ứng dụng.
error-unknown-state = Tiểu bang này không có trong ứng dụng.
notice-user-db-unreadable = Không đọc được phần cài đặt bạn đã lưu. Tập tin được giữ nguyên như cũ. Tạm thời ứng dụng dùng cài đặt mặc định.
date-format = { $day } { $month } năm { $year }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

## Search
search-label = Tìm kiếm
search-hint = cửa, luật sư…
search-clear = Xóa tìm kiếm
search-none = Không tìm thấy gì. Hãy thử một từ ngắn hơn, hoặc chọn một chủ đề ở trang chính.
search-count = { $count ->
   *[other] { $count } kết quả
}
search-in-english = Bằng tiếng Anh
search-kind-guide = Hướng dẫn
search-kind-card = Thẻ để đưa xem
search-kind-term = Từ cần biết
search-kind-state = Luật tiểu bang
