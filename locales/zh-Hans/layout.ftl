### LayoutText (zh-Hans)
## Texts shared by every module page.

layout-session-ended-heading = 您的会话已结束
layout-session-ended-advice = 为了您的安全，账单会话会在一段时间后或您返回商家时结束。如需继续，请返回商家并重新打开账单门户。
layout-problem-heading = 出现问题
layout-nav-label = 账单
layout-overview = 概览
layout-menu = 菜单
layout-language-label = 语言
layout-language-button = 切换语言
layout-terms = 服务条款
layout-privacy = 隐私政策
layout-session-ending-soon = 您的会话将在约 { $minutes } 分钟后结束。保持登录即可保留您已输入的内容。
layout-stay-signed-in = 保持登录
layout-back-to-overview = 返回概览
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = 当前登录：{ $account }
