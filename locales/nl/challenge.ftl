### ChallengeText (nl)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testmodus: deze stap vervangt de controle van je bank (3-D Secure). Kies het antwoord dat je bank zou geven.
challenge-approve = Goedkeuren
challenge-refuse = Weigeren
