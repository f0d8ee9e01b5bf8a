### ChallengeText (ro)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Mod de testare: acest pas ține locul verificării făcute de banca dumneavoastră (3-D Secure). Alegeți răspunsul pe care l-ar da banca.
challenge-approve = Aprobați
challenge-refuse = Refuzați
