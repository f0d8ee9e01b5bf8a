### ChallengeText (uk)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Тестовий режим: цей крок замінює перевірку вашого банку (3-D Secure). Виберіть відповідь, яку дав би ваш банк.
challenge-approve = Схвалити
challenge-refuse = Відхилити
