### LinkText (ja)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = 請求ポータルを開いています
link-handoff-advice = このリンクでログインできるのは 1 回だけです。続行して請求ポータルを開いてください。
link-continue = 続行
