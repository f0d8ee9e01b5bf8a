### ChallengeText (hu)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Tesztüzemmód: ez a lépés a bankja saját ellenőrzését (3-D Secure) helyettesíti. Válassza azt a választ, amelyet a bankja adna.
challenge-approve = Jóváhagyás
challenge-refuse = Elutasítás
