### ChallengeText (bg)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Тестов режим: тази стъпка замества проверката на вашата банка (3-D Secure). Изберете отговора, който банката ви би дала.
challenge-approve = Одобряване
challenge-refuse = Отказ
