### LinkText (sk)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Otvára sa váš fakturačný portál
link-handoff-advice = Tento odkaz vás prihlási iba raz. Pokračujte a otvorte svoj fakturačný portál.
link-continue = Pokračovať
