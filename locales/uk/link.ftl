### LinkText (uk)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Відкриваємо ваш портал оплати
link-handoff-advice = За цим посиланням можна увійти лише один раз. Продовжте, щоб відкрити портал оплати.
link-continue = Продовжити
