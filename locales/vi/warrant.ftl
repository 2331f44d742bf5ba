# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = Trên cùng của tờ giấy ghi gì?
warrant-h-top = Yêu cầu họ luồn giấy qua khe dưới cửa hoặc giơ lên cửa sổ. Đừng mở cửa.
warrant-a-top-court = Tên một tòa án, như "United States District Court" (Tòa án Địa hạt Hoa Kỳ)
warrant-a-top-dhs = "{ -dhs-on-papers }", hoặc mẫu I-200 hay I-205
warrant-a-unsure = Tôi không biết chắc
warrant-q-signed = Ai đã ký giấy này?
warrant-h-signed = Nhìn ở phía dưới. Chức vụ của người ký được in dưới chữ ký.
warrant-a-signed-judge = Một thẩm phán ("judge" hoặc "magistrate judge")
warrant-a-signed-officer = Một viên chức hoặc đặc vụ di trú
warrant-q-name = Giấy này có phải dành cho bạn hoặc nhà bạn, với tên và địa chỉ ghi đúng không?
warrant-h-name = Kiểm tra tên người và địa chỉ.
warrant-a-name-yes = Có, tên và địa chỉ đều đúng
warrant-a-name-no = Không, tên hoặc địa chỉ bị sai
warrant-q-allows = Giấy này cho phép họ làm gì?
warrant-h-allows = Tìm chữ "search" (khám xét) hoặc "arrest" (bắt giữ).
warrant-a-allows-search = Khám xét một nơi. Giấy có ghi địa chỉ của tôi.
warrant-a-allows-arrest = Bắt một người. Giấy có ghi tên một người.

warrant-r-admin-title = Đây là lệnh của { -ice }, không phải lệnh của thẩm phán.
warrant-r-admin-1 = Một viên chức di trú đã ký giấy này, không phải thẩm phán.
warrant-r-admin-2 = Giữ cửa đóng. Hãy nói rằng bạn không đồng ý cho họ vào.
warrant-r-admin-3 = Một bản ghi nhớ của { -ice } từ tháng 5 năm 2025 nói rằng đặc vụ có thể xông vào với lệnh I-205 để bắt một người đã có lệnh trục xuất cuối cùng. Có người đang thách thức bản ghi nhớ này ở tòa. Nếu đặc vụ vẫn cứ vào, đừng đánh lại. Hãy giữ im lặng và xin gặp luật sư.
warrant-r-unsure-title = Bạn không thể chắc chắn giấy này là gì.
warrant-r-unsure-1 = Giữ cửa đóng. Lệnh của thẩm phán có tên một tòa án ở trên cùng và do thẩm phán ký.
warrant-r-unsure-2 = Nếu có thể, hãy gọi ngay cho luật sư hoặc đường dây nóng phản ứng nhanh.
warrant-r-wrong-title = Lệnh này có thể không phải dành cho bạn hoặc nhà bạn.
warrant-r-wrong-1 = Nói với họ qua cánh cửa đóng rằng tên hoặc địa chỉ bị sai. Đừng mở cửa.
warrant-r-wrong-2 = Nếu họ vẫn cứ vào, đừng đánh lại. Giữ im lặng. Nhớ những gì đã xảy ra và ghi lại sau.
warrant-r-search-title = Lệnh khám xét của thẩm phán cho phép họ vào và khám xét.
warrant-r-search-1 = Họ có thể khám xét những nơi ghi trong lệnh. Đừng ngăn cản hay đánh lại họ.
warrant-r-search-2 = Bạn vẫn có thể giữ im lặng. Bạn không phải nói bạn sinh ra ở đâu hay tình trạng di trú của bạn là gì.
warrant-r-search-3 = Xin một bản sao của lệnh. Gọi luật sư càng sớm càng tốt.
warrant-r-arrest-title = Lệnh bắt của thẩm phán cho phép họ bắt người có tên trong lệnh.
warrant-r-arrest-1 = Lệnh này là về người đó. Giữ bình tĩnh và đừng đánh lại.
warrant-r-arrest-2 = Nếu bạn không chắc lệnh cho phép họ làm gì, hãy giữ cửa đóng và gọi luật sư. Giữ im lặng và đừng ký bất cứ thứ gì.
