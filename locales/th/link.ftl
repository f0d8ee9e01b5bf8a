### LinkText (th)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = กำลังเปิดพอร์ทัลการเรียกเก็บเงินของคุณ
link-handoff-advice = ลิงก์นี้ใช้ลงชื่อเข้าใช้ได้เพียงครั้งเดียว ดำเนินการต่อเพื่อเปิดพอร์ทัลการเรียกเก็บเงินของคุณ
link-continue = ดำเนินการต่อ
