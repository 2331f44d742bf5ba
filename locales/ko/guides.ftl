# Guide text. Short sentences, plain words. Each line of a guide is one
# message; its sources are listed in content/guides/*.toml.

## Shared by every guide

lawyer-info = 이 앱은 법률 정보를 줘요. 법률 자문은 아니에요. 내 사건에 대해서는 변호사와 이야기하세요. 이민 법원은 무료 법률 서비스 제공자 목록을 공개해요.

## Stopped right now?

right-now-title = 지금 검문을 받고 있나요?
right-now-summary = 가장 중요한 단계를 순서대로 알려 드려요.
right-now-first = 침착하세요. 도망치지 마세요. 요원이 볼 수 있는 곳에 손을 두세요.
right-now-do-free-to-go = 가도 되는지 물어보세요. 된다고 하면 천천히 걸어서 떠나세요.
right-now-do-silent = 아무 말도 하지 않아도 돼요. 말하지 않겠다고 소리 내어 말하세요.
right-now-do-no-search = 내 몸이나 소지품을 수색해도 되냐고 물으면, 안 된다고 말할 수 있어요.
right-now-do-lawyer = 변호사를 요청하세요. 변호사와 이야기하기 전에는 어떤 서류에도 서명하지 마세요.
right-now-dont-run = 검문이 부당하다고 생각하더라도 도망치거나, 밀치거나, 싸우지 마세요.
right-now-dont-lie = 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.

## On the street

street-title = 길에서
street-summary = 경찰이나 이민 요원이 공공장소에서 나를 멈춰 세워요.
street-first = 침착하세요. 도망치지 마세요. 가도 되는지 물어보세요.
street-do-free-to-go = 가도 된다고 하면 천천히 걸어서 떠나세요.
street-do-silent = 아무 말도 하지 않아도 돼요. 말하지 않겠다고 소리 내어 말하세요.
street-do-name = 어떤 주에서는 경찰이 범죄를 의심해서 나를 세웠다면 이름을 말해야 해요. 어디에서 태어났는지, 이민 신분이 무엇인지는 절대 말하지 않아도 돼요.
street-do-no-search = 내 몸이나 가방을 수색해도 되냐고 물으면, 안 된다고 말할 수 있어요.
street-do-carry-papers = 18세 이상이고 미국이 영주권 카드(그린카드) 같은 이민 서류를 주었다면, 그 서류를 가지고 다니세요.
street-dont-run = 검문이 부당하다고 생각하더라도 도망치거나, 밀치거나, 싸우지 마세요.
street-dont-lie = 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.
street-dont-foreign-papers = 합법적인 체류 신분이 없다면 여권 같은 다른 나라 서류를 가지고 다니지 마세요. 요원에게 주지도 마세요.
street-dont-sign = 변호사와 이야기하기 전에는 어떤 서류에도 서명하지 마세요.
street-why-silence = 미국 헌법은 이 나라에 있는 모든 사람에게, 이민 신분과 상관없이, 말하지 않을 권리를 줘요.
street-why-name = 대법원에 따르면, 경찰이 범죄를 합리적으로 의심해서 나를 세웠을 때 주는 이름을 말하라고 요구할 수 있어요. 주는 이름 말고 그 이상은 요구할 수 없어요.
street-why-carry = 연방법에 따르면 시민이 아닌 18세 이상인 사람은 받은 이민 서류를 항상 가지고 다녀야 해요. 가지고 다니지 않는 것은 범죄예요.
street-unsettled-name-states = 이름을 말하게 하는 법이 있는 주는 일부뿐이에요. 이런 주를 정리한 목록들은 서로 맞지 않아요. 내가 사는 주에 대해서는 지역 변호사에게 물어보세요.
street-unsettled-expedited = 2025년 1월부터 정부는 미국에 2년 동안 살았다는 것을 보여 주지 못하는 사람에게 미국 어디에서나 빠른 추방 절차("expedited removal")를 쓸 수 있다고 말해요. 법원은 이것을 여러 번 바꾸었어요. 어떤 변호사들은 세금 기록, 급여 명세서, 임대 계약서처럼 여기에서 얼마나 오래 살았는지 보여 주는 증거를 보관하라고 말해요. 그 증거를 가지고 다니면 문제가 생길 수도 있어요. 나에게 무엇이 맞는지 변호사에게 물어보세요.
street-unsettled-border = 국경과 공항에서는 다른 규칙이 적용돼요.

## Agents at your door

door-title = 요원이 집 문 앞에 왔을 때
door-summary = 경찰이나 { -ice }가 집 문을 두드려요.
door-first = 문을 열지 마세요. 닫힌 문 너머로 이야기할 수 있어요.
door-do-ask-who = 누구인지, 왜 왔는지 물어보세요.
door-do-slide-warrant = 영장을 문 아래로 넣거나 창문에 대고 보여 달라고 하세요.
door-do-judge = 판사의 영장은 맨 위에 법원 이름이 있어요. 판사가 서명해요.
door-do-ice-form = { -ice } 영장은 맨 위에 "{ -dhs-on-papers }"(국토안보부)라고 쓰여 있어요. 판사가 아니라 { -ice } 직원이 서명해요. I-200 양식과 I-205 양식은 { -ice } 영장이에요.
door-do-silent = 아무 말도 하지 않아도 돼요. 질문에 대답하지 않아도 돼요.
door-dont-open = 서류를 보거나 이야기하려고 문을 열지 마세요.
door-dont-resist = 그래도 요원이 들어오면 밀치거나 싸우지 마세요. 동의하지 않는다고 말하고, 침착하세요.
door-dont-lie = 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.
door-dont-sign = 변호사와 이야기하기 전에는 어떤 서류에도 서명하지 마세요.
door-why-payton = 경찰은 영장 없이 나를 체포하려고 집에 들어올 수 없어요. 내가 동의하거나 긴급 상황일 때는 예외예요.
door-why-ice-forms = { -ice } 영장(I-200 양식과 I-205 양식)은 판사가 아니라 이민국 직원이 서명해요.
door-why-silence = 미국 헌법은 이민 신분과 상관없이 모든 사람에게 말하지 않을 권리를 줘요.
door-unsettled-memo = 2025년 5월 12일자 { -ice } 메모에 따르면, 최종 추방 명령을 받은 사람을 체포하기 위해 요원이 I-205 영장을 가지고 집에 강제로 들어갈 수 있다고 해요. 이것은 { -ice }가 예전에 직원들에게 가르친 내용과 반대예요. 사람들이 법원에서 이 메모에 맞서 다투고 있어요. 그래도 문을 열지 말고, 동의하지 않는다고 말하세요.

## Face or fingerprint scan

scan-title = 얼굴 또는 지문 스캔
scan-summary = 요원이 내 얼굴에 휴대폰을 향하거나 손가락을 대라고 해요.
scan-first = 침착하세요. 도망치지 마세요. 휴대폰을 밀어내지 마세요.
scan-do-say-no-consent = 스캔에 동의하지 않는다고 말할 수 있어요.
scan-do-silent = 어디에서 태어났는지, 이민 신분이 무엇인지에 대해서는 말하지 않아도 돼요.
scan-do-free-to-go = 가도 되는지 물어보세요.
scan-do-lawyer = 변호사를 요청하세요.
scan-do-carry = 영주권 카드(그린카드)가 있고 18세 이상이라면, 법에 따라 가지고 다녀야 해요. 미국 시민은 시민권 증명을 가지고 다니지 않아도 돼요. 한 연방 의회 의원은, { -mobile-fortify }가 어떤 사람을 시민이 아니라고 하면 출생증명서 같은 시민권 증명을 무시해도 된다고 { -ice }가 직원들에게 알려 준다고 말했어요.
scan-do-write-down = 나중에 일어난 일을 적어 두세요: 시간, 장소, 요원이 한 말, 요원의 이름이나 배지 번호, 차량 번호판, 그리고 얼굴을 스캔했는지 손가락을 스캔했는지.
scan-dont-resist = 스캔이 부당하다고 생각하더라도 싸우거나 도망치지 마세요.
scan-dont-lie = 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.
scan-why-what = { -ice } 요원은 { -mobile-fortify }라는 휴대폰 앱을 사용해요. 휴대폰을 얼굴에 향하고, 묻지 않고 사진을 찍고, 몇 초 만에 정부 데이터베이스를 검색해요.
scan-why-databases = { -mobile-fortify }는 손가락을 만지지 않고도 지문을 읽을 수 있어요. 지문과 얼굴을 모아 둔 정부의 주요 데이터베이스에는 2억 7천만 명이 넘는 사람의 기록이 있어요.
scan-why-kept = { -dhs } 문서에 따르면 사진은 15년 동안 보관돼요. 미국 시민의 사진도 마찬가지예요.
scan-why-not-proof = 일치한다고 해서 증거가 되는 것은 아니에요. { -dhs } 규칙(Directive 026-11)에 따르면 얼굴 인식이 단속 조치의 유일한 이유가 되어서는 안 돼요. 다른 기관들은 일치 결과가 의심스러우면 서류를 확인해요.
scan-why-errors = 얼굴 인식은 여성과 유색인에게서 실수를 더 많이 해요.
scan-unsettled-refuse = { -dhs } 문서에 따르면 { -ice }는 사람들에게 스캔을 거절할 기회를 주지 않아요. 거절할 수 있는지에 대해 분명하게 판단한 법원은 없어요. 그래도 동의하지 않는다고 말할 수 있어요. 하지만 요원이 스캔할 수도 있어요.
scan-unsettled-fingerprints = 2020년에 { -ice }는 예전 휴대폰 앱으로 지문을 찍는 것은 자발적이라고 말했어요. 지금도 그런지는 분명하지 않아요.
scan-unsettled-match = 인권 단체들은 다른 증거가 다르게 말해도 { -ice } 요원이 일치 결과를 최종 결론으로 여길 수 있다고 말해요. 얼굴 인식만으로 판단하지 못하게 하는 { -dhs } 규칙이 지금도 지켜지는지는 분명하지 않아요.
scan-unsettled-lawsuit = 2026년 1월, 일리노이주와 시카고시는 { -mobile-fortify } 사용을 포함하는 소송을 냈어요. 이 소송으로 규칙이 바뀔 수 있어요.
