# The app's interface. Keep it short: people read it under stress.

# The name of this language, written in this language.
language-name = 한국어
app-title = 내 권리 알기
loading = 불러오는 중…

home-urgent = 지금 검문을 받고 있나요?
home-urgent-hint = 먼저 할 일, 빠르게
home-scenarios = 무슨 일이 있나요?
home-short-door = 집 문 앞에서
home-short-car = 차 안에서
home-short-street = 길에서
home-short-arrest = 체포·구금
home-warrant = 영장 확인하기
home-warrant-hint = 문 앞에 서류가 왔나요? 하나씩 확인해 보세요.
home-more = 더 보기
home-cards = 요원에게 카드 보여 주기
home-cards-hint = 큰 영어 글씨 아래에 내 언어가 나와요.
disclaimer = 법률 정보예요. 법률 자문이 아니에요.

nav-back = 뒤로
nav-language = 언어
nav-home = 홈
nav-glossary = 알아야 할 단어
nav-settings = 설정

glossary-title = 알아야 할 단어
settings-title = 설정
settings-state = 내가 사는 주
settings-state-hint = 어떤 안내는 내가 사는 주의 규칙을 보여 줘요. 선택한 내용은 이 휴대폰에만 남아요.
settings-state-none = 선택 안 함
state-picker-title = 사는 주를 고르세요
state-note-heading = 내가 사는 주: { $state }
state-note-choose = 사는 주를 고르면 이름을 말해야 하는지에 대한 그 주의 규칙을 볼 수 있어요.
state-note-change = 주 바꾸기

cards-title = 요원에게 보여 줄 카드
cards-for-agent = 요원에게:
cards-next = 다음 카드
cards-previous = 이전 카드
cards-close = 닫기
guide-show-card = 카드 보여 주기
nav-print = 카드 인쇄하기
print-title = 지갑 크기 카드 인쇄하기
print-hint = 법률 상담소용: 종이 양면에 인쇄하고(긴 쪽으로 넘기기), 회색 선을 따라 자르세요.
print-clinic = 상담소 정보 한 줄 (선택)
print-button = 인쇄

warrant-title = 영장 확인하기
warrant-intro = 서류에 대한 몇 가지 질문에 답하세요. 그동안 문은 닫아 두세요.
warrant-start-over = 다시 시작
warrant-tone-stop = 문을 닫아 두세요
warrant-tone-caution = 조심하세요
warrant-tone-enter = 들어올 수 있어요
warrant-picture-compare = 왼쪽: 판사의 영장은 맨 위에 법원 이름이 있어요. 오른쪽: { -ice } 서류에는 { -dhs } 인장(마크)이 있어요.
warrant-picture-signature = 왼쪽: 법원 영장에는 판사가 서명해요. 오른쪽: { -ice } 영장에는 이민국 직원이 서명해요.

language-title = 언어를 고르세요
language-machine = 기계의 도움을 받아 번역함
notice-machine-assisted = 이 번역은 기계의 도움을 받아 만들었어요. 아직 사람이 확인하지 않았어요. 말할 문장은 영어로도 함께 보여 줘요.

section-first = 먼저 이렇게 하세요
section-do = 할 일
section-dont = 하지 말아야 할 일
section-say = 이렇게 말하세요
section-why = 이유: 법
section-unsettled = 법이 분명하지 않은 부분
section-lawyer = 변호사를 구하세요

phrase-english-label = 영어로:
guide-reviewed-by = 출처와 대조해 확인했어요. 확인: { $by }, { $date }.
guide-not-lawyer-reviewed = 아직 변호사가 이 안내를 검토하지 않았어요.
guide-lawyer-reviewed = { $date }에 변호사({ $by })가 검토했어요.
guide-stale = 이 안내를 마지막으로 확인한 날은 { $date }이고, 1년도 더 지났어요. 법이 바뀌었을 수 있어요.
guide-sources = 이 안내의 출처
# Plural: use this language's CLDR plural categories (one, two, few, many …).
guide-sources-count = { $count ->
   *[other] 출처 { $count }개
}
guide-terms = 알아야 할 단어:
citation-sources = 출처
citation-read-on = { $date }에 읽음
citation-kind-constitution = 헌법
citation-kind-statute = 법률
citation-kind-regulation = 규정
citation-kind-court = 법원 판결
citation-kind-agency = 정부 기관
citation-kind-organization = 법률 단체
citation-kind-news = 뉴스 보도

error-storage = 앱이 데이터를 읽지 못했어요. 저장된 데이터는 바뀌지 않았어요.
error-content = 앱 내용에 문제가 있어요. 앱을 업데이트해 주세요.
error-unknown-guide = 이 안내는 앱에 없어요.
error-unknown-locale = 이 언어는 앱에 없어요.
error-unknown-state = 이 주는 앱에 없어요.
notice-user-db-unreadable = 저장된 설정을 읽지 못했어요. 파일은 그대로 두었어요. 지금은 앱이 기본 설정을 사용해요.
date-format = { $year }년 { $month } { $day }일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

## Search
search-label = 검색
search-hint = 문, 변호사…
search-clear = 검색어 지우기
search-none = 찾은 결과가 없어요. 더 짧은 단어로 찾아보거나, 홈 화면에서 주제를 골라 보세요.
search-count = { $count ->
   *[other] 결과 { $count }개
}
search-in-english = 영어로
search-kind-guide = 안내
search-kind-card = 보여 줄 카드
search-kind-term = 알아야 할 단어
search-kind-state = 주 법
