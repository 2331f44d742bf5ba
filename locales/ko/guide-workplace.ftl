# Guide text: short sentences, plain words. Structure and sources: content/guides/workplace.toml

## At work

work-title = 직장에서
work-summary = 이민 요원이 내 직장에 와요.
work-first = 침착하세요. 도망치지 마세요.
work-do-warrant = 요원에게 판사가 서명한 영장이 있는지 물어보세요. { -ice } 영장만으로는 직장의 비공개 구역에 들어갈 수 없어요.
work-do-private = 일반인에게 열려 있지 않은 구역에 들어가려면, 요원에게 판사의 영장이나 고용주의 동의가 있거나, 긴급 상황이어야 해요.
work-do-silent = 말하지 않아도 돼요. 어디에서 태어났는지, 신분이 무엇인지에 대한 질문에 대답하지 않아도 돼요. 유효한 미국 이민 서류가 있고 요원이 보여 달라고 하면 보여 주세요.
work-do-lawyer = 변호사를 요청하세요. 변호사와 이야기하기 전에는 어떤 서류에도 서명하지 마세요.
work-dont-lie = 거짓말하지 마세요. 가짜 서류를 보여 주지 마세요.
work-dont-hide = 숨거나 도망치지 마세요. 요원과 싸우지 마세요.
work-why-warrant = 직원이 서명한 { -ice } 영장만으로는 요원이 일반인에게 열려 있지 않은 구역에 들어갈 수 없어요. 고용주가 동의하거나 긴급 상황일 때는 예외예요. 판사가 서명한 수색 영장이 있으면 들어갈 수 있어요.
work-why-fourth = 수정헌법 제4조는 부당한 수색으로부터 사람들을 보호해요. 그래서 요원이 비공개 구역에 들어가려면 판사의 영장이나 동의가 필요해요.
work-why-silence = 미국 헌법은 이민 신분과 상관없이 모든 사람에게 말하지 않을 권리를 줘요.
work-unsettled-employer = 고용주가 무엇을 허락할 수 있는지, 어느 구역이 공공 구역인지는 장소에 따라 달라요. 노동자 권리 단체나 변호사와 이야기하세요.
