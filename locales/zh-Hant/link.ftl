### LinkText (zh-Hant)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = 正在開啟您的帳單入口網站
link-handoff-advice = 此連結只能登入一次。請繼續以開啟您的帳單入口網站。
link-continue = 繼續
