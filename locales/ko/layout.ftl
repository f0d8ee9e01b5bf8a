### LayoutText (ko)
## Texts shared by every module page.

layout-session-ended-heading = 세션이 종료되었습니다
layout-session-ended-advice = 보안을 위해 청구 세션은 일정 시간이 지나거나 업체로 돌아가면 종료됩니다. 계속하려면 업체로 돌아가 청구 포털을 다시 열어 주세요.
layout-problem-heading = 문제가 발생했습니다
layout-nav-label = 청구
layout-overview = 개요
layout-menu = 메뉴
layout-language-label = 언어
layout-language-button = 언어 변경
layout-terms = 서비스 약관
layout-privacy = 개인정보 처리방침
layout-session-ending-soon = 약 { $minutes }분 후에 세션이 종료됩니다. 입력한 내용을 유지하려면 로그인 상태를 유지하세요.
layout-stay-signed-in = 로그인 상태 유지
layout-back-to-overview = 개요로 돌아가기
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = { $account }(으)로 로그인됨
