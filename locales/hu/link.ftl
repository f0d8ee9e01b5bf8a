### LinkText (hu)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = A számlázási portál megnyitása
link-handoff-advice = Ezzel a hivatkozással egyszer jelentkezhet be. Folytassa a számlázási portál megnyitásához.
link-continue = Tovább
