# Guide text: short sentences, plain words. Structure and sources: content/guides/status.toml
status-do-check-in = { -ice } 체크인에 매번 가세요. { -ice }는 온라인으로 체크인 날짜를 예약할 수 있게 해요.
status-do-prepare = 심리나 체크인 전에 변호사와 이야기하고, 변호사의 전화번호를 가지고 다니고, 가족 계획을 세우세요.
status-do-visa = 학생 비자, 취업 비자, 방문 비자 같은 비자가 있다면 나에게는 다른 규칙이 적용돼요. 거짓말하지 마세요. 무엇에 대답해야 하는지 변호사나 학교의 국제 학생 사무실에 물어보세요.
status-do-register = 2025년 4월부터 정부는 한 번도 등록하지 않은 사람에게 G-325R 양식으로 등록하라고 요청해요. 등록하거나 등록 요청에 답하기 전에 변호사와 이야기하세요.
status-why-absentia = 연방법에 따르면, 심리에 대한 서면 통지를 받고도 오지 않은 사람에게는 추방 명령이 내려져야 해요.
status-why-court-arrests = 2025년 5월부터 { -ice }는 이민 법원에 온 많은 사람을 체포했어요. 정부가 그 사람의 사건을 끝내 달라고 요청한 직후에 체포한 경우가 많았어요.
status-why-register = 연방법에 따르면 시민이 아닌 많은 사람이 등록해야 해요. 일부러 등록하지 않으면 범죄가 될 수 있어요. 등록하면 정부가 내 정보를 갖게 되기도 해요. 그래서 먼저 변호사와 이야기해야 해요.
status-why-visa = 국무부는 언제든지 비자를 취소할 수 있어요.
status-unsettled-register = 정부가 등록 정보를 어떻게 쓸지, 그리고 등록하지 않은 것으로 누구를 기소할지는 아직 분명하지 않아요. 변호사에게 물어보세요.
status-do-court = 다음 법원 심리가 언제인지 알아보고, 그날 법원에 가세요. 가지 않으면, 내가 없는 상태에서 판사가 추방 명령을 내릴 수 있어요.
status-first = 이민 법원 심리나 { -ice } 체크인에 절대 빠지지 마세요. 가기 전에 변호사와 이야기하세요.
status-summary = 법원 날짜나 { -ice } 체크인이 있거나, 비자가 있거나, 등록하라는 요청을 받았어요.
status-title = 법원 날짜, 체크인, 비자, 등록
