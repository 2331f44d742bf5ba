# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = 我要行使保持沉默的权利。
phrase-no-search = 我不同意搜查。
phrase-free-to-go = 我可以走了吗？
phrase-lawyer = 我想和律师谈话。
phrase-no-sign = 没有律师，我什么都不会签。
phrase-no-entry = 我不同意您进入我的家。
phrase-slide-warrant = 请把令状从门下塞进来。
phrase-no-scan = 我不同意这次扫描。
phrase-wrong-warrant = 这份令状上的姓名不对，或者地址不对。
phrase-no-phone-search = 我不同意搜查我的手机。
phrase-consulate = 我想联系我国的领事馆。
phrase-recording = 我正在录像。我没有妨碍您。
phrase-license = 这是我的驾照。其他任何事情我都保持沉默。
