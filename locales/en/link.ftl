### LinkText (en)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Opening your billing portal
link-handoff-advice = This link signs you in once. Continue to open your billing portal.
link-continue = Continue
