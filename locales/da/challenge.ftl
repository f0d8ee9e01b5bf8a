### ChallengeText (da)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Testtilstand: dette trin erstatter bankens egen kontrol (3-D Secure). Vælg det svar, din bank ville give.
challenge-approve = Godkend
challenge-refuse = Afvis
