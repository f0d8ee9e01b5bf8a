### ChallengeText (hr)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testni način rada: ovaj korak zamjenjuje provjeru vaše banke (3-D Secure). Odaberite odgovor koji bi dala vaša banka.
challenge-approve = Odobri
challenge-refuse = Odbij
