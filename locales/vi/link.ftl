### LinkText (vi)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Đang mở cổng thanh toán của bạn
link-handoff-advice = Liên kết này chỉ đăng nhập cho bạn một lần. Hãy tiếp tục để mở cổng thanh toán của bạn.
link-continue = Tiếp tục
