# Short phrases to say or show to an agent. The app shows the English line
# beside the user's language, so keep each one a single, calm sentence.

phrase-remain-silent = 저는 묵비권을 행사합니다.
phrase-no-search = 저는 수색에 동의하지 않습니다.
phrase-free-to-go = 제가 가도 됩니까?
phrase-lawyer = 변호사와 이야기하고 싶습니다.
phrase-no-sign = 변호사 없이는 어떤 것에도 서명하지 않겠습니다.
phrase-no-entry = 제 집에 들어오시는 것에 동의하지 않습니다.
phrase-slide-warrant = 영장을 문 아래로 넣어 주십시오.
phrase-no-scan = 이 스캔에 동의하지 않습니다.
phrase-wrong-warrant = 이 영장은 이름이나 주소가 틀렸습니다.
phrase-no-phone-search = 제 휴대폰 수색에 동의하지 않습니다.
phrase-consulate = 제 나라 영사관에 연락하고 싶습니다.
phrase-recording = 저는 녹화하고 있습니다. 방해하고 있지 않습니다.
phrase-license = 제 면허증입니다. 그 밖의 것에 대해서는 말하지 않겠습니다.
