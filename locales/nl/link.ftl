### LinkText (nl)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Je factuurportaal wordt geopend
link-handoff-advice = Met deze link log je één keer in. Ga verder om je factuurportaal te openen.
link-continue = Doorgaan
