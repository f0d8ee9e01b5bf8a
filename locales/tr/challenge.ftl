### ChallengeText (tr)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Test modu: Bu adım bankanızın kendi doğrulamasının (3-D Secure) yerine geçer. Bankanızın vereceği yanıtı seçin.
challenge-approve = Onayla
challenge-refuse = Reddet
