### LayoutText (ja)
## Texts shared by every module page.

layout-session-ended-heading = セッションが終了しました
layout-session-ended-advice = 安全のため、請求セッションは一定時間が経過するか、事業者のサイトに戻ると終了します。続けるには、事業者のサイトに戻り、請求ポータルをもう一度開いてください。
layout-problem-heading = 問題が発生しました
layout-nav-label = 請求
layout-overview = 概要
layout-menu = メニュー
layout-language-label = 言語
layout-language-button = 言語を変更
layout-terms = 利用規約
layout-privacy = プライバシーポリシー
layout-session-ending-soon = セッションは約 { $minutes } 分後に終了します。入力内容を保持するには、ログインを続けてください。
layout-stay-signed-in = ログインを続ける
layout-back-to-overview = 概要に戻る
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = { $account } としてログイン中
