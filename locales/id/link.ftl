### LinkText (id)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Membuka portal penagihan Anda
link-handoff-advice = Tautan ini hanya dapat digunakan sekali untuk masuk. Lanjutkan untuk membuka portal penagihan Anda.
link-continue = Lanjutkan
