### LinkText (bg)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Отваряне на портала ви за фактуриране
link-handoff-advice = С тази връзка можете да влезете само веднъж. Продължете, за да отворите портала си за фактуриране.
link-continue = Продължаване
