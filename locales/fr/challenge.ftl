### ChallengeText (fr)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Mode test : cette étape remplace la vérification de votre banque (3-D Secure). Choisissez la réponse que donnerait votre banque.
challenge-approve = Approuver
challenge-refuse = Refuser
