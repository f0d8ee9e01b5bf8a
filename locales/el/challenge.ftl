### ChallengeText (el)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Δοκιμαστική λειτουργία: αυτό το βήμα αντικαθιστά τον έλεγχο της τράπεζάς σας (3-D Secure). Επιλέξτε την απάντηση που θα έδινε η τράπεζά σας.
challenge-approve = Έγκριση
challenge-refuse = Απόρριψη
