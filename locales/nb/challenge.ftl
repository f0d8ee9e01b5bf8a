### ChallengeText (nb)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testmodus: dette steget erstatter bankens egen kontroll (3-D Secure). Velg svaret banken din ville gitt.
challenge-approve = Godkjenn
challenge-refuse = Avvis
