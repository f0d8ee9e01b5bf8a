### ChallengeText (zh-Hans)
## The bank challenge's texts, the same on every page.

challenge-test-notice = 测试模式：此步骤模拟银行的验证（3-D Secure）。请选择您的银行会给出的回应。
challenge-approve = 批准
challenge-refuse = 拒绝
