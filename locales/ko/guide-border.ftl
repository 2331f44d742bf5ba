# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = 국경 지대, 검문소, 공항
border-summary = 국경 가까이에 살거나 다니거나, 비행기를 타요.
border-first = 국경 통과 지점에서, 그리고 다른 나라에서 공항에 도착했을 때는 규칙이 달라요. 그곳에서는 요원의 권한이 더 커요.
border-do-checkpoint = 고정 검문소에서는 요원이 모든 차를 세우고 짧은 질문 몇 가지를 할 수 있어요. 말하지 않아도 돼요.
border-do-no-search = 국경 통과 지점 자체가 아닌 곳에서는, 미국 안의 검문소를 포함해서, 차량 수색을 거절할 수 있어요. 그래도 요원에게 상당한 이유(probable cause)가 있으면 수색할 수 있어요. 국경 통과 지점에서는 요원이 내 동의 없이 차를 수색할 수 있어요.
border-do-phone = 국경을 건너기 전에 얼굴·지문 잠금 해제를 끄고, 데이터를 적게 가지고 다니세요.
border-do-papers = 이민 서류가 있다면 가지고 다니세요. 서류를 받은 성인은 꼭 가지고 다녀야 해요.
border-do-green-card = 영주권 카드(그린카드)가 있다면 I-407 양식에 서명하지 않아도 돼요. 이 양식은 영주권을 포기하는 서류예요. 대신 이민 판사를 만나게 해 달라고 요청할 수 있어요.
border-do-travel-lawyer = 영주권 카드(그린카드)나 비자가 있고 체포된 적이 한 번이라도 있다면, 해외로 여행하기 전에 변호사와 이야기하세요.
border-dont-lie = 국경 요원에게 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.
border-dont-run = 도망치거나 저항하지 마세요.
border-why-zone = 연방법은 요원이 국경에서 "합리적인 거리" 안에서 서류 없는 사람을 찾으려고 차량을 수색할 수 있게 해요. 규정은 이 거리를 직선거리 100마일로 정했어요.
border-why-stop = 국경 지대에서도 요원이 차를 세우려면 합리적 의심이 있어야 해요. 순찰 중에 차를 수색하려면 상당한 이유(probable cause)나 내 동의가 필요해요.
border-why-checkpoint = 대법원은 고정 검문소에서 의심 없이 잠깐 차를 세우는 것을 허용해요.
border-why-car-search = 국경이 아닌 곳에서는 검문소에서도, 요원이 차를 수색하려면 내 동의나 상당한 이유가 필요해요.
border-why-answers = 다른 나라에서 도착했을 때, 미국 시민은 자기가 누구인지와 시민권에 대한 질문에만 대답하면 돼요. 영주권자는 자기가 누구인지와 체류 신분에 대한 질문에만 대답하면 돼요. 다른 질문을 거절하면 늦어질 수 있어요. 방문자와 비자 소지자는 대답하지 않으면 입국을 거부당할 수 있어요.
border-unsettled-expedited = 이제 미국 어디에서나, 여기에 2년 있었다는 것을 보여 주지 못하는 사람에게는 법원 심리 없는 빠른 추방이 적용돼요. 법원은 이것을 여러 번 바꾸었어요.
border-unsettled-phones = 국경에서 휴대폰을 수색하는 규칙이 바뀌고 있어요. 휴대폰 안내를 보세요.
