# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = 我要行使保持沉默的權利。
phrase-no-search = 我不同意搜查。
phrase-free-to-go = 請問我可以走了嗎？
phrase-lawyer = 我想和律師談話。
phrase-no-sign = 沒有律師，我什麼都不會簽。
phrase-no-entry = 我不同意您進入我家。
phrase-slide-warrant = 請把令狀從門縫下塞進來。
phrase-no-scan = 我不同意這次掃描。
phrase-wrong-warrant = 這份令狀上的姓名不對，或者地址不對。
phrase-no-phone-search = 我不同意搜查我的手機。
phrase-consulate = 我想聯絡我國的領事館。
phrase-recording = 我正在錄影。我沒有妨礙您。
phrase-license = 這是我的駕照。其他任何事情，我都保持沉默。
