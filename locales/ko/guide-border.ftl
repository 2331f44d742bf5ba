# Guide text: short sentences, plain words. Structure and sources: content/guides/border.toml

## Border zone, checkpoints and airports

border-title = 국경 지대, 검문소, 공항
border-summary = 국경 가까이에 살거나 다니거나, 비행기를 타요.
border-first = 국경과 공항에서는 규칙이 달라요. 그곳에서는 요원의 권한이 더 커요.
border-do-checkpoint = 고정 검문소에서는 요원이 모든 차를 세우고 짧은 질문 몇 가지를 할 수 있어요. 말하지 않아도 돼요.
border-do-no-search = 검문소가 아닌 곳에서는 차량 수색을 거절할 수 있어요.
border-do-phone = 국경을 건너기 전에 얼굴·지문 잠금 해제를 끄고, 데이터를 적게 가지고 다니세요.
border-do-papers = 이민 서류가 있다면 가지고 다니세요. 서류를 받은 성인은 꼭 가지고 다녀야 해요.
border-dont-lie = 국경 요원에게 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.
border-dont-run = 도망치거나 저항하지 마세요.
border-why-zone = 연방법은 요원이 국경에서 "reasonable distance"(합리적인 거리) 안에서 서류 없는 사람을 찾으려고 차량을 수색할 수 있게 해요. 규정은 이 거리를 직선거리 100마일로 정했어요.
border-why-stop = 국경 지대에서도 요원이 차를 세우려면 합리적 의심이 있어야 해요. 순찰 중에 차를 수색하려면 상당한 이유(probable cause)나 내 동의가 필요해요.
border-why-checkpoint = 대법원은 고정 검문소에서 의심 없이 잠깐 차를 세우는 것을 허용해요.
border-unsettled-expedited = 이제 미국 어디에서나, 여기에 2년 있었다는 것을 보여 주지 못하는 사람에게는 법원 심리 없는 빠른 추방이 적용돼요. 법원은 이것을 여러 번 바꾸었어요.
border-unsettled-phones = 국경에서 휴대폰을 수색하는 규칙이 바뀌고 있어요. 휴대폰 안내를 보세요.
