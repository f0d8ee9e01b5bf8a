### ChallengeText (cs)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testovací režim: tento krok nahrazuje ověření u vaší banky (3-D Secure). Zvolte odpověď, kterou by dala vaše banka.
challenge-approve = Schválit
challenge-refuse = Odmítnout
