### LinkText (ar)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = جارٍ فتح بوابة الفوترة الخاصة بك
link-handoff-advice = يتيح لك هذا الرابط تسجيل الدخول مرة واحدة فقط. تابِع لفتح بوابة الفوترة الخاصة بك.
link-continue = متابعة
