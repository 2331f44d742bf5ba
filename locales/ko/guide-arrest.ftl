# Guide text: short sentences, plain words. Structure and sources: content/guides/arrest.toml

## Arrest and detention

arrest-title = 체포와 구금
arrest-summary = 나나 내가 사랑하는 사람이 이민 당국에 체포되거나 붙잡혀 있어요.
arrest-first = 아무 말도 하지 말고 변호사를 요청하세요. 아무것에도 서명하지 마세요.
arrest-do-lawyer = 이민 법원에서 변호사를 둘 권리가 있지만, 정부가 변호사 비용을 내 주지는 않아요. 무료 법률 서비스 목록을 달라고 하세요.
arrest-do-consulate = 내 나라 영사관에 연락하게 해 달라고 요청할 수 있어요. 직원은 구금된 외국인에게 이 권리를 알려 주어야 해요.
arrest-do-a-number = A-번호가 있다면 알아 두고, 가족에게 알려 주세요. 가족이 나를 찾는 데 도움이 돼요.
arrest-do-find = { -ice }에 붙잡혀 있는 사람을 찾으려면 { -ice } "Online Detainee Locator"(온라인 구금자 찾기)를 이용하세요. 그 사람의 A-번호와 출생 국가, 또는 정확한 이름과 출생 국가로 검색하세요.
arrest-do-line = 가족은 { -ice } 구금 정보 전화에 걸 수도 있어요: 1-888-351-4024.
arrest-dont-sign = 변호사와 이야기하기 전에는 자진 출국이나 추방 합의(stipulated removal) 같은 어떤 서류에도 서명하지 마세요.
arrest-dont-lie = 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.
arrest-why-counsel = 연방법에 따르면 추방 절차 중인 사람은 자기가 고른 변호사를 둘 수 있지만, 그 비용을 정부가 내지는 않아요.
arrest-why-consular = 조약인 '영사 관계에 관한 비엔나 협약'에 따르면, 당국은 구금된 외국인에게 자기 나라 영사관에 알리게 할 수 있다는 것을 지체 없이 알려 주어야 해요. 이것은 신분과 상관없이 적용돼요.
arrest-why-locator = 구금자 찾기에는 18세 미만인 사람이 나오지 않아요.
arrest-unsettled-silence = 말하지 않은 것이 이민 법원에서 나에게 불리하게 쓰일 수 있는지는 아직 정해지지 않았어요. 변호사에게 물어보세요.
arrest-unsettled-locator = 우리가 참고한 자료가 쓰인 뒤로 구금자 찾기의 검색 항목이 바뀌었을 수 있어요.
