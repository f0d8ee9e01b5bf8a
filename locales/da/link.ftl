### LinkText (da)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Din faktureringsportal åbnes
link-handoff-advice = Dette link logger dig ind én gang. Fortsæt for at åbne din faktureringsportal.
link-continue = Fortsæt
