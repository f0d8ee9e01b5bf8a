### ChallengeText (pl)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Tryb testowy: ten krok zastępuje weryfikację w Twoim banku (3-D Secure). Wybierz odpowiedź, jakiej udzieliłby bank.
challenge-approve = Zatwierdź
challenge-refuse = Odrzuć
