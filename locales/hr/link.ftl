### LinkText (hr)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Otvaranje vašeg portala za naplatu
link-handoff-advice = Ova vas poveznica prijavljuje samo jednom. Nastavite da biste otvorili svoj portal za naplatu.
link-continue = Nastavi
