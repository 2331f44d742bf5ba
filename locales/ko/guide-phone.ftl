# Guide text: short sentences, plain words. Structure and sources: content/guides/phone.toml

## Your phone

phone-title = 내 휴대폰
phone-summary = 경찰이나 요원이 내 휴대폰을 보고 싶어 해요.
phone-first = 얼굴이나 지문이 아니라 비밀번호로 휴대폰을 잠그세요.
phone-do-no-consent = 휴대폰 수색에 동의하지 않는다고 말하세요.
phone-do-passcode = 긴 비밀번호를 쓰세요. 시위에 가거나 국경을 건너기 전에 얼굴·지문 잠금 해제를 끄세요.
phone-do-silent = 아무 말도 하지 마세요. 누구에게든 비밀번호를 알려 주기 전에 변호사를 요청하세요.
phone-dont-unlock = 경찰이 요청한다고 해서 휴대폰 잠금을 풀어 주지 마세요.
phone-dont-delete = 경찰이나 요원이 휴대폰을 달라고 한 뒤에는 휴대폰에서 아무것도 지우지 마세요. 그때 정보를 숨기거나 없애면 범죄가 될 수 있어요.
phone-dont-fight = 휴대폰을 가져가더라도 몸으로 저항하지 마세요.
phone-why-riley = 대법원에 따르면, 경찰이 체포한 사람의 휴대폰 데이터를 수색하려면 보통 영장이 필요해요.
phone-why-biometric = 한 연방 항소법원은 잠금을 풀려고 경찰이 사람의 엄지손가락을 강제로 휴대폰에 대게 하는 것을 허용했어요. 외워 둔 비밀번호가 더 강하게 보호해 줘요.
phone-why-border = 국경에서는 요원이 영장 없이 휴대폰을 살펴볼 수 있어요. { -cbp } 정책에 따르면 기본 수색에는 의심이 필요 없고, 도구를 쓰는 고급 수색에는 합리적 의심이나 국가 안보 우려가 필요해요.
phone-unsettled-circuits = 국경에서 휴대폰을 수색하는 문제에 대해 법원들의 의견이 달라요. 어떤 항소법원들은 도구를 쓰는 수색에 합리적 의심이 필요하다고 해요. 다른 한 항소법원은 의심이 필요 없다고 해요. 요원이 무엇을 찾아도 되는지에 대해서도 의견이 달라요. 이것은 바뀔 수 있어요.
phone-unsettled-passcode = 경찰이 비밀번호를 말하라고 강제할 수 있는지는 아직 정해지지 않았어요. 그래도 외워 둔 비밀번호가 얼굴이나 지문보다 더 잘 보호해 줘요.
phone-unsettled-policy = 보도에 따르면 { -cbp }는 2026년 1월에 휴대폰 수색 정책을 바꾸었어요. 우리는 새 정책을 읽어 보지 못했어요. 그래서 위의 규칙이 바뀌었을 수 있어요.
