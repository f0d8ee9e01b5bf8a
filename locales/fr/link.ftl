### LinkText (fr)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Ouverture de votre portail de facturation
link-handoff-advice = Ce lien ne permet de vous connecter qu'une seule fois. Continuez pour ouvrir votre portail de facturation.
link-continue = Continuer
