# Clinic packs: signed files from a legal aid clinic with its contacts, its
# local notes and updates. The app checks who made a pack before using it.

## Packs screen
packs-title = 상담소 자료 묶음
packs-intro = 상담소에서 자료 묶음을 받을 수 있어요. 자료 묶음은 상담소 연락처, 지역 안내, 업데이트가 들어 있는 파일이에요. 앱은 쓰기 전에 누가 만들었는지 확인해요. 아무것도 보내지 않아요.
packs-install = 파일에서 자료 묶음 설치하기
packs-none = 설치된 자료 묶음이 없어요.
pack-version = 버전 { $version }, { $date }에 만듦
pack-from = 보낸 곳: { $publisher }
pack-key = 키 코드: { $key }
pack-restore = 이전 버전으로 되돌리기
pack-remove = 이 자료 묶음 삭제
pack-installed = 자료 묶음을 설치했어요.
pack-restored = 됐어요. 자료 묶음이 전과 같은 상태로 돌아갔어요.

## Before installing
pack-review-title = 이 상담소를 믿나요?
pack-review-new = 이 상담소에서 받은 첫 자료 묶음이에요. 설치하기 전에 이름과 키 코드를 상담소에 확인하세요. 상담소가 알려 준 것과 똑같아야 해요.
pack-review-known = 이미 믿기로 한 상담소에서 온 자료 묶음이에요.
pack-adds-title = 이 자료 묶음으로 추가되는 것
pack-adds-contacts = 목록에 추가될 연락처
pack-adds-outdated = 목록에 있는 오래된 연락처 신고
pack-adds-profile = 상담소 이름, 웹사이트, 인쇄할 카드에 넣을 한 줄 문구
pack-adds-guides = 자료 묶음에 있는 자체 안내: { $titles }
pack-adds-languages = 다음 언어로: { $languages }
pack-adds-official = 앱에 원래 있는 글을 바꾸는 공식 업데이트: { $files }
pack-review-install = 믿고 설치하기
pack-review-update = 업데이트 설치하기
pack-review-cancel = 취소

## Where pack content shows
pack-guide-from = 이 안내에는 { $publisher }에서 바꾼 내용이 들어 있어요.
home-clinic = 내 상담소
clinic-call = 전화

## Problems (nothing is ever changed when a pack is refused)
pack-error-too-large = 이 자료 묶음은 너무 커요. 바뀐 것은 없어요.
pack-error-not-a-pack = 이 파일은 kyr 자료 묶음이 아니거나, 일부가 빠져 있어요. 바뀐 것은 없어요.
pack-error-signature = 이 자료 묶음은 만든 뒤에 누군가 바꿨거나 손상되었어요. 바뀐 것은 없어요.
pack-error-malformed = 이 자료 묶음은 제대로 만들어지지 않았어요. 바뀐 것은 없어요.
pack-error-not-official = 이 자료 묶음은 이 앱의 이름을 쓰지만, 앱을 만든 사람들이 보낸 것이 아니에요. 바뀐 것은 없어요.
pack-error-other-key = 이 자료 묶음은 내가 믿는 상담소의 이름을 쓰지만, 키가 달라요. 그 상담소에서 온 것이 아닐 수 있어요. 바뀐 것은 없어요.
pack-error-not-newer = 이 자료 묶음은 이미 있어요. 내 버전: { $installed }. 이 파일의 버전: { $offered }. 바뀐 것은 없어요.
pack-error-built-in = 이 자료 묶음이 요원에게 할 말 같은, 앱에 원래 있는 말을 바꾸려고 해요. 그렇게 할 수 있는 것은 kyr 공식 업데이트뿐이에요. 바뀐 것은 없어요.
pack-error-content = 이 자료 묶음에 잘못된 곳이 있어서 아무것도 바꾸지 않았어요. { $file }, { $line }번째 줄: { $problem }
pack-error-io = 자료 묶음을 저장하지 못했어요. 바뀐 것은 없어요.
pack-broken = 설치된 자료 묶음을 읽지 못했어요. 지금은 앱에 원래 있던 내용을 사용해요.
