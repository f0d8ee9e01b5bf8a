### ChallengeText (sk)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testovací režim: tento krok nahrádza overenie vo vašej banke (3-D Secure). Vyberte odpoveď, ktorú by dala vaša banka.
challenge-approve = Schváliť
challenge-refuse = Odmietnuť
