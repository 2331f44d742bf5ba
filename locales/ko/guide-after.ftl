# Guide text: short sentences, plain words. Structure and sources: content/guides/after.toml

## After an encounter

after-title = 단속을 겪은 뒤에
after-summary = 일어난 일을 적고, 도움을 받고, 붙잡혀 간 사람을 찾으세요.
after-first = 안전해지면 바로 일어난 일을 적어 두세요.
after-do-write = 날짜, 시간, 장소, 요원이 한 말과 행동, 요원의 이름이나 배지 번호, 차량 번호판, 요원이 가져간 것을 적으세요.
after-do-witnesses = 목격자의 이름과 전화번호를 적어 두세요. 사진과 동영상을 안전하게 보관하세요.
after-do-lawyer = 일어난 일에 대해 변호사나 긴급 대응 핫라인과 이야기하세요.
after-do-find = 누군가 붙잡혀 갔다면, { -ice } "Online Detainee Locator"(온라인 구금자 찾기)에서 그 사람의 A-번호(A-number)와 출생 국가, 또는 정확한 이름과 출생 국가로 검색하세요.
after-do-line = { -ice } 구금 정보 전화에 걸 수도 있어요: 1-888-351-4024.
after-dont-post = 다른 사람의 체류 신분에 대한 자세한 내용을 온라인에 올리지 마세요.
after-dont-sign = 변호사와 이야기하기 전에는 구금된 사람을 위해 서류에 서명하지 마세요.
after-why-record = 공무원이 공공장소에서 일하는 모습을 녹화하는 것은 여러 연방 항소법원에서 보호받고 있어요. 내 메모와 동영상은 변호사에게 도움이 될 수 있어요.
after-why-locator = { -ice }가 "Online Detainee Locator"(온라인 구금자 찾기)를 운영해요. A-번호(A-number)와 출생 국가로, 또는 이름과 출생 국가로 검색할 수 있어요.
after-unsettled-locator = 구금자 찾기에는 모든 사람이 나오지 않을 수도 있어요. 18세 미만 아이는 나오지 않을 수 있어요. 그 사람을 찾을 수 없으면 변호사에게 전화하세요.
