# Guide text: short sentences, plain words. Structure and sources: content/guides/places.toml

## Schools, hospitals, churches, courts

places-title = 학교, 병원, 종교 시설, 법원
places-summary = 학교, 병원, 예배 장소, 법원 건물에 가요.
places-first = 이곳들은 이제 더 이상 안전 지대가 아니에요. 요원이 그곳에서 단속할 수 있어요.
places-do-same = 그곳에서도 내 권리는 같아요: 말하지 않아도 되고, 수색에 동의하지 말고, 변호사를 요청하세요.
places-do-court = 이민 법원 심리나 { -ice } 체크인이 있다면 빠지지 마세요. 법원 심리에 가지 않으면, 내가 없는 상태에서 판사가 추방 명령을 내릴 수 있어요. 가기 전에 변호사와 이야기하고, 변호사의 전화번호를 가지고 다니고, 가족 계획을 세우세요.
places-do-plan = 가족 계획을 세우세요: 내가 아이들을 데리러 갈 수 없으면 누가 데리러 갈지.
places-dont-lie = 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.
places-why-rescinded = 2025년 1월 20일, 정부는 학교, 병원, 예배 장소에서 단속을 제한하던 정책을 끝냈어요. 이제는 요원이 사안마다 결정해요.
places-why-courts = 2025년 1월, { -ice }는 법원 안이나 근처에서 체포를 제한하던 2021년 메모를 새 메모로 바꾸었어요. 2025년 5월부터 { -ice }는 이민 법원 심리에 온 많은 사람을 체포했어요.
places-unsettled-lawsuits = 종교 단체들이 보호 구역 정책이 끝난 것에 대해 소송을 냈어요. 규칙이 다시 바뀔 수 있어요.
