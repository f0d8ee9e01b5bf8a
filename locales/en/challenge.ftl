### ChallengeText (en)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Test mode: this step stands in for your bank's own check (3-D Secure). Choose the answer your bank would give.
challenge-approve = Approve
challenge-refuse = Refuse
