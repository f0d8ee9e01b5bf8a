### ChallengeText (ja)
## The bank challenge's texts, the same on every page.

challenge-test-notice = テストモード：この手順はカード発行会社による本人認証（3-D Secure）の代わりです。カード発行会社の応答を選んでください。
challenge-approve = 承認する
challenge-refuse = 拒否する
