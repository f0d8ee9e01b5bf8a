### ChallengeText (de)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testmodus: Dieser Schritt ersetzt die Prüfung durch Ihre Bank (3-D Secure). Wählen Sie die Antwort, die Ihre Bank geben würde.
challenge-approve = Bestätigen
challenge-refuse = Ablehnen
