### LinkText (zh-Hans)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = 正在打开您的账单门户
link-handoff-advice = 此链接只能登录一次。请继续以打开您的账单门户。
link-continue = 继续
