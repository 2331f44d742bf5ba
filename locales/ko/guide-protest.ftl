# Guide text: short sentences, plain words. Structure and sources: content/guides/protest.toml

## Protests and recording

protest-title = 시위와 녹화
protest-summary = 공공장소에서 행진하거나, 지켜보거나, 요원을 녹화해요.
protest-first = 가기 전에 위험을 알아 두세요. 경찰과 어떤 식으로든 접촉하면, 체포되지 않아도 이민 문제로 이어질 수 있어요.
protest-do-record = 경찰과 요원이 공공장소에서 일하는 모습을 녹화해도 돼요. 떨어지라고 하는 만큼 떨어져 있으세요. 방해하지 마세요.
protest-do-phone = 시위 전에 얼굴·지문 잠금 해제를 끄세요. 대신 비밀번호를 쓰세요.
protest-do-silent = 경찰이 나를 세우면 말하지 않아도 되고, 변호사를 요청할 수 있어요.
protest-do-plan = 친구들과 함께 가세요. 체포되면 전화할 사람의 전화번호를 외워 두세요.
protest-dont-fight = 체포가 잘못되었다고 생각하더라도 싸우거나 저항하지 마세요.
protest-dont-carry = 다른 나라 서류를 가지고 다니지 마세요. 가짜 서류는 절대 보여 주지 마세요.
protest-dont-sign = 변호사와 이야기하기 전에는 아무것에도 서명하지 마세요.
protest-why-speech = 수정헌법 제1조는 미국에 있는 모든 사람의 평화로운 시위를 보호해요. 평화로운 시위는 추방 사유 목록에 없어요. 하지만 체포나 형사 기소는 추방으로 이어질 수 있어요.
protest-why-record = 여러 연방 항소법원에 따르면, 수정헌법 제1조는 공공장소에서 일하는 공무원을 녹화하는 것을 합리적인 제한 안에서 보호해요.
protest-why-passcode = 외워 둔 비밀번호는 얼굴이나 지문 잠금 해제보다 법적으로 더 강하게 보호해 줘요.
protest-unsettled-courts = 법원이 이민자의 표현의 자유를 항상 같은 방식으로 보호하지는 않아요.
protest-unsettled-visas = 2025년부터 정부는 시위나 발언을 이유로 비자를 취소하고, 학생과 영주권자를 포함한 일부 시민이 아닌 사람을 추방하려고 했어요. 이것이 합법인지 법원이 판단하고 있어요. 미국 시민이 아니라면, 특히 비자가 있다면, 가기 전에 변호사와 이야기하세요.
protest-unsettled-impeding = 연방 요원을 막거나 방해하는 것은 범죄예요. 녹화할 때는 거리를 두세요.
protest-unsettled-scans = 요원들이 시위하는 사람들에게 휴대폰을 향하는 동영상이 있어요. 얼굴 스캔일 수 있어요. 얼굴·지문 스캔 안내를 보세요.
protest-unsettled-record = 모든 법원이 녹화에 대해 판결한 것은 아니에요. 이런 판결이 연방 요원에게 어떻게 적용되는지는 덜 분명해요.
