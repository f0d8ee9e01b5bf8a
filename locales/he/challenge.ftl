### ChallengeText (he)
## The bank challenge's texts, the same on every page.

challenge-test-notice = מצב בדיקה: השלב הזה מחליף את האימות של הבנק (3-D Secure). יש לבחור את התשובה שהבנק היה נותן.
challenge-approve = אישור
challenge-refuse = דחייה
