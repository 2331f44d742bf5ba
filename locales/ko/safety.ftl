# Safety: quick exit, the locked emergency plan, the "I've been detained"
# message, the second PIN for danger, erasing everything, and the privacy
# promise. Short words: people may read this in a hurry or under stress.

## Quick exit
quick-exit = 숨기기
quick-exit-label = 지금 이 화면 숨기기
neutral-title = 메모
neutral-placeholder = 메모를 쓰세요. 저장되지 않아요.
neutral-new = 새 메모
neutral-all = 모든 메모
neutral-note-1-title = 장보기
neutral-note-1-body = 쌀, 계란, 우유, 두부, 파, 양파, 비누.
neutral-note-2-title = 된장찌개
neutral-note-2-body = 된장, 두부, 애호박, 감자, 양파, 파. 20분 끓이기.
neutral-note-3-title = 이번 주 할 일
neutral-note-3-body = 휴대폰 요금 내기. 부엌 청소하기. 자전거 고치기.
hide-tip-title = 숨기기 사용법
hide-tip-text = "숨기기"를 누르면 kyr 앱이 바로 평범한 메모 화면을 보여 줘요. 그 화면에는 kyr에서 온 것이 하나도 없어요. 돌아오려면 kyr 앱을 닫고 다시 여세요.
hide-tip-ok = 알겠어요

## Privacy
privacy-title = 내 개인 정보
privacy-text = 이 앱은 아무것도 보내지 않고, 인터넷도 필요 없어요. 앱에 남는 것은 내 설정, 내가 저장한 연락처, 그리고 비상 계획을 만들었다면 그 계획뿐이에요. 계획은 내 비밀번호로 잠겨 있어요. 설정에서 모두 지울 수 있어요.

## The emergency plan (locked)
home-plan = 내 비상 계획
home-plan-hint = 연락처, A-번호(A-number), 가족 계획. 비밀번호로 잠겨 있어요.
vault-title = 내 비상 계획
vault-intro = 비상 연락처와 가족 계획을 여기에 두세요. 비밀번호로 잠기고, 이 휴대폰에만 남아요.
vault-pin-label = 비밀번호(숫자나 글자)
vault-pin-again = 한 번 더 입력하세요
vault-pin-hint = 숫자나 글자를 6개 이상 쓰세요. 길수록 더 안전해요.
vault-create = 이 비밀번호로 내 계획 잠그기
vault-unlock = 열기
vault-lock = 지금 잠그기
vault-locked-note = 앱에서 나가면 저절로 잠겨요. 5분이 지나도 잠겨요.
vault-pin-mismatch = 두 비밀번호가 같지 않아요.
vault-pin-short = 숫자나 글자를 6개 이상 쓰세요.
vault-wrong-pin = 비밀번호가 틀렸어요.
vault-wait = { $seconds ->
   *[other] { $seconds }초 기다린 뒤 다시 해 보세요.
}
vault-unreadable = 비상 계획을 읽을 수 없어요. 파일이 손상되었을 수 있어요. 파일은 지우지 않았어요. 그대로 두거나, 지우고 다시 시작할 수 있어요.
vault-erase-damaged = 손상된 계획 지우기
vault-opening = 여는 중…
vault-save = 저장하고 잠그기
vault-saved = 저장했어요. 계획이 잠겼어요.
vault-name-label = 내 이름
vault-a-number-label = 내 A-번호(A-number), 있으면 적으세요
vault-contacts-heading = 비상 연락처
vault-contact-name = 이름
vault-contact-phone = 전화번호
vault-add-contact = 연락처 추가
vault-remove-contact = 삭제
vault-plan-heading = 가족 계획
vault-children-label = 아이들을 데리러 갈 사람
vault-documents-label = 중요한 서류가 있는 곳
vault-lawyer-name-label = 변호사 이름
vault-lawyer-phone-label = 변호사 전화번호
vault-notes-label = 다른 메모
vault-phone-invalid = 이 전화번호가 맞지 않는 것 같아요: { $phone }
vault-too-long = 너무 길어요. 더 짧게 써 주세요.
vault-print = 가족 계획 인쇄하기
vault-print-title = 가족 비상 계획
vault-print-note = 이 종이를 집에, 가족이 찾을 수 있는 곳에 두세요.

## "I've been detained" message
detained-button = 구금됐어요: 메시지 보내기
detained-title = 도움 요청 메시지 보내기
detained-explain = 휴대폰의 문자 메시지가 열리고, 메시지가 미리 써져 있어요. 보낼지는 내가 정해요. 이 앱은 아무것도 보내지 않아요.
detained-place-label = 어디로 데려가나요? (알면 적으세요)
detained-to = 받는 사람
detained-send = 문자 메시지 열기
detained-no-contacts = 먼저 계획에 비상 연락처를 추가하세요.
detained-msg-intro = 저예요, { $name }. 이민국에 구금됐어요.
detained-msg-a-number = 제 A-번호(A-number): { $anumber }
detained-msg-lawyer = 제 변호사 { $lawyer } 님께 전화해 주세요. 번호: { $phone }
detained-msg-no-lawyer = 변호사 찾는 것 좀 도와주세요.
detained-msg-place = 저를 데려가는 곳: { $place }

## Second PIN for danger
duress-title = 위험할 때 쓰는 두 번째 비밀번호 (건너뛰어도 돼요)
duress-explain = 경찰이나 요원이 아닌 사람이, 예를 들어 나를 학대하는 사람이 억지로 계획을 열게 하면, 대신 이 두 번째 비밀번호를 입력하세요. 빈 계획이 열려요. 두 번째 비밀번호가 있다는 것은 아무도 알 수 없어요.
officials-no-hiding = 경찰이나 이민 요원이 내 휴대폰이나 이 앱을 보자고 한 뒤에는, 두 번째 비밀번호를 쓰거나 계획을 지우지 마세요. 그때 정보를 숨기거나 지우면 범죄가 될 수 있어요. "저는 수색에 동의하지 않습니다"라고 말하고, 변호사를 요청하세요.
duress-pin-label = 두 번째 비밀번호
duress-wipe-label = 두 번째 비밀번호를 쓰면 진짜 계획도 지우기
duress-wipe-warning = 이것을 고르면, 두 번째 비밀번호를 쓸 때 진짜 계획이 영원히 사라져요. 되살릴 수 없어요.
duress-set = 두 번째 비밀번호 정하기
duress-confirm = 이해했어요. 두 번째 비밀번호를 정할게요.
duress-same = 두 번째 비밀번호는 원래 비밀번호와 달라야 해요.
duress-done = 두 번째 비밀번호를 정했어요.

## Erase everything
wipe-title = 모두 지우기
wipe-explain = 이 휴대폰에서 비상 계획, 저장한 연락처, 파일에서 추가한 연락처, 상담소 자료 묶음, 설정을 지워요. 안내는 남아요. 되돌릴 수 없어요.
wipe-button = 모두 지우기
wipe-confirm = 네, 지금 모두 지울게요
wipe-cancel = 취소
wipe-done = 저장한 것을 모두 지웠어요.

## Errors
error-vault-locked = 계획이 잠겨 있어요. 비밀번호로 여세요.
error-vault-exists = 이미 계획이 있어요. 비밀번호로 여세요.
error-vault-unreadable = 비상 계획을 읽을 수 없어요. 파일은 지우지 않았어요.
