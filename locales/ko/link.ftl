### LinkText (ko)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = 청구 포털을 여는 중입니다
link-handoff-advice = 이 링크로는 한 번만 로그인할 수 있습니다. 계속하여 청구 포털을 여세요.
link-continue = 계속
