### ChallengeText (zh-Hant)
## The bank challenge's texts, the same on every page.

challenge-test-notice = 測試模式：此步驟代替您銀行的驗證（3-D Secure）。請選擇您的銀行會給出的回應。
challenge-approve = 核准
challenge-refuse = 拒絕
