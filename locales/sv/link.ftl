### LinkText (sv)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Din faktureringsportal öppnas
link-handoff-advice = Den här länken loggar in dig en gång. Fortsätt för att öppna din faktureringsportal.
link-continue = Fortsätt
