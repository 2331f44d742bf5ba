# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = Tôi đang sử dụng quyền giữ im lặng của tôi.
phrase-no-search = Tôi không đồng ý cho khám xét.
phrase-free-to-go = Tôi có được tự do rời đi không?
phrase-lawyer = Tôi muốn nói chuyện với luật sư.
phrase-no-sign = Tôi sẽ không ký bất cứ thứ gì khi không có luật sư.
phrase-no-entry = Tôi không đồng ý để quý vị vào nhà tôi.
phrase-slide-warrant = Xin vui lòng luồn lệnh qua khe dưới cửa.
phrase-no-scan = Tôi không đồng ý cho quét.
phrase-wrong-warrant = Lệnh này ghi sai tên hoặc sai địa chỉ.
phrase-no-phone-search = Tôi không đồng ý cho khám xét điện thoại của tôi.
phrase-consulate = Tôi muốn liên lạc với lãnh sự quán của tôi.
phrase-recording = Tôi đang ghi hình. Tôi không cản trở quý vị.
phrase-license = Đây là bằng lái của tôi. Tôi sẽ giữ im lặng về mọi chuyện khác.
