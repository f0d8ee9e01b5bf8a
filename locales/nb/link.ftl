### LinkText (nb)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Faktureringsportalen din åpnes
link-handoff-advice = Denne lenken logger deg på én gang. Fortsett for å åpne faktureringsportalen din.
link-continue = Fortsett
