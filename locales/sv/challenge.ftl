### ChallengeText (sv)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testläge: det här steget ersätter bankens egen kontroll (3-D Secure). Välj det svar som din bank skulle ge.
challenge-approve = Godkänn
challenge-refuse = Neka
