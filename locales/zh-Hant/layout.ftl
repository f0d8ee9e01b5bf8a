### LayoutText (zh-Hant)
## Texts shared by every module page.

layout-session-ended-heading = 您的工作階段已結束
layout-session-ended-advice = 為了您的安全，帳單工作階段會在一段時間後或您返回商家時結束。如要繼續，請返回商家並重新開啟帳單入口網站。
layout-problem-heading = 發生問題
layout-nav-label = 帳單
layout-overview = 總覽
layout-menu = 選單
layout-language-label = 語言
layout-language-button = 切換語言
layout-terms = 服務條款
layout-privacy = 隱私權政策
layout-session-ending-soon = 您的工作階段將在約 { $minutes } 分鐘後結束。保持登入即可保留您已輸入的內容。
layout-stay-signed-in = 保持登入
layout-back-to-overview = 返回總覽
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = 目前登入：{ $account }
