### ChallengeText (ar)
## The bank challenge's texts, the same on every page.

challenge-test-notice = وضع الاختبار: تحل هذه الخطوة محل تحقق البنك (3-D Secure). اختر الرد الذي كان البنك سيقدّمه.
challenge-approve = موافقة
challenge-refuse = رفض
