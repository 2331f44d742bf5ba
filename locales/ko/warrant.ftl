# The warrant checker. Questions are short; answers are what a person sees on the paper.

warrant-q-top = 서류 맨 위에 무엇이 쓰여 있나요?
warrant-h-top = 서류를 문 아래로 넣거나 창문에 대고 보여 달라고 하세요. 문을 열지 마세요.
warrant-a-top-court = "United States District Court"(미국 연방 지방법원) 같은 법원 이름
warrant-a-top-dhs = "{ -dhs-on-papers }"(국토안보부), 또는 I-200 양식이나 I-205 양식
warrant-a-unsure = 잘 모르겠어요
warrant-q-signed = 누가 서명했나요?
warrant-h-signed = 아래쪽을 보세요. 서명 아래에 서명한 사람의 직함이 인쇄되어 있어요.
warrant-a-signed-judge = 판사 또는 치안판사(magistrate judge)
warrant-a-signed-officer = 이민국 직원 또는 요원
warrant-q-name = 나나 내 집에 대한 것이고, 이름과 주소가 바르게 쓰여 있나요?
warrant-h-name = 사람 이름과 주소를 확인하세요.
warrant-a-name-yes = 네, 맞아요
warrant-a-name-no = 아니요, 이름이나 주소가 틀려요
warrant-q-allows = 이 서류로 그들이 무엇을 할 수 있나요?
warrant-h-allows = "search"(수색)나 "arrest"(체포)라는 단어를 찾아보세요.
warrant-a-allows-search = 장소 수색. 내 주소가 적혀 있어요.
warrant-a-allows-arrest = 사람 체포. 사람 이름이 적혀 있어요.

warrant-r-admin-title = 이것은 판사의 영장이 아니라 { -ice } 영장이에요.
warrant-r-admin-1 = 판사가 아니라 이민국 직원이 서명했어요.
warrant-r-admin-2 = 문을 닫아 두세요. 들어오는 것에 동의하지 않는다고 말하세요.
warrant-r-admin-3 = 2025년 5월 { -ice } 메모에 따르면, 최종 추방 명령을 받은 사람을 체포하기 위해 요원이 I-205 영장을 가지고 강제로 들어갈 수 있다고 해요. 사람들이 법원에서 이 메모에 맞서 다투고 있어요. 그래도 요원이 들어오면 싸우지 마세요. 아무 말도 하지 말고 변호사를 요청하세요.
warrant-r-unsure-title = 이 서류가 무엇인지 확실히 알 수 없어요.
warrant-r-unsure-1 = 문을 닫아 두세요. 판사의 영장은 맨 위에 법원 이름이 있고, 판사가 서명해요.
warrant-r-unsure-2 = 할 수 있다면 지금 변호사나 긴급 대응 핫라인에 전화하세요.
warrant-r-wrong-title = 이 영장은 나나 내 집에 대한 것이 아닐 수 있어요.
warrant-r-wrong-1 = 닫힌 문 너머로 이름이나 주소가 틀렸다고 말하세요. 문을 열지 마세요.
warrant-r-wrong-2 = 그래도 들어오면 싸우지 마세요. 아무 말도 하지 마세요. 일어난 일을 기억해 두었다가 나중에 적으세요.
warrant-r-search-title = 판사의 수색 영장이 있으면 들어와서 수색할 수 있어요.
warrant-r-search-1 = 영장에 적힌 장소를 수색할 수 있어요. 막거나 싸우지 마세요.
warrant-r-search-2 = 그래도 말하지 않을 수 있어요. 어디에서 태어났는지, 신분이 무엇인지 말하지 않아도 돼요.
warrant-r-search-3 = 영장 사본을 달라고 하세요. 되도록 빨리 변호사에게 전화하세요.
warrant-r-arrest-title = 판사의 체포 영장이 있으면 영장에 이름이 적힌 사람을 체포할 수 있어요.
warrant-r-arrest-1 = 그 사람에 대한 영장이에요. 침착하고, 싸우지 마세요.
warrant-r-arrest-2 = 영장으로 무엇을 할 수 있는지 확실하지 않으면, 문을 닫아 두고 변호사에게 전화하세요. 아무 말도 하지 말고 아무것에도 서명하지 마세요.
