### LinkText (he)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = פורטל החיובים שלך נפתח
link-handoff-advice = הקישור הזה מאפשר להתחבר פעם אחת בלבד. יש להמשיך כדי לפתוח את פורטל החיובים.
link-continue = המשך
