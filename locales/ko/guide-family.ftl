# Guide text: short sentences, plain words. Structure and sources: content/guides/family.toml

## Family preparedness plan

family-title = 가족 대비 계획
family-summary = 지금 준비해서, 가족이 무엇을 해야 할지 알게 하세요.
family-first = 내가 구금되면 누가 아이들을 돌볼지 지금 계획을 세우세요.
family-do-memorize = 체포되면 전화할 수 있는 가족, 친구, 또는 변호사의 전화번호를 외워 두세요.
family-do-a-number = A-번호(A-number)를 적어서 가족에게 알려 주세요. 그래야 가족이 나를 찾을 수 있어요.
family-do-documents = 중요한 서류를 안전한 곳에 한데 모아 두세요: 출생증명서, 여권, 아이들의 서류. 믿을 수 있는 사람에게 어디에 있는지 알려 주세요.
family-do-caregiver = 아이들을 돌볼 사람을 정하세요. 글로 써 두세요. 캘리포니아처럼 이를 위한 양식이 있는 주도 있어요.
family-do-money = 돈, 은행 계좌, 집 임대 계약에 대해 계획을 세워서 가족이 꾸려 나갈 수 있게 하세요.
family-do-lawyer = 지금 변호사를 찾으세요. 어떤 가족은 미리 변호사와 함께 양식(G-28)을 작성해 두어요.
family-dont-passport = 내 여권이나 가족의 여권을 { -ice }에 먼저 내주지 마세요. 추방 명령을 받았다면, 여행 서류를 달라는 요청을 거절하기 전에 변호사에게 물어보세요.
family-dont-wait = 긴급한 일이 생길 때까지 계획을 미루지 마세요.
family-why-plan = 법률 지원 단체들은 모든 가족에게 계획을 세우라고 권해요. 계획의 중심은 누가 아이들을 돌볼지예요.
family-unsettled-state = 아이들을 돌볼 사람을 정하는 양식은 주마다 달라요. 어떤 양식을 써야 하는지 지역 변호사에게 물어보세요.
