### ChallengeText (fi)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testitila: tämä vaihe korvaa pankkisi oman tarkistuksen (3-D Secure). Valitse vastaus, jonka pankkisi antaisi.
challenge-approve = Hyväksy
challenge-refuse = Hylkää
