### LinkText (tr)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Fatura portalınız açılıyor
link-handoff-advice = Bu bağlantıyla yalnızca bir kez oturum açabilirsiniz. Fatura portalınızı açmak için devam edin.
link-continue = Devam et
