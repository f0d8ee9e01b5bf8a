### PaymentMethodsText (ar)
## The payment methods pages' texts.

payment-methods-intro = تُدفع اشتراكاتك وفواتيرك ببطاقتك الافتراضية.
payment-methods-cards-heading = بطاقاتك
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } المنتهية بـ { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = بطاقة
# `{ $date }`: the expiry month and year.
payment-methods-expires = تنتهي في { $date }
payment-methods-default-badge = افتراضية
payment-methods-awaiting-bank-badge = غير مؤكدة
payment-methods-awaiting-bank-note = لم يؤكد البنك الذي تتعامل معه هذه البطاقة بعد، لذا لا يمكن استخدامها.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = تأكيد { $card } مع البنك
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = جعل { $card } البطاقة الافتراضية
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = إزالة { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = تُدفع رسوم اشتراكك بهذه البطاقة، لذا لا يمكن إزالتها وحدها. لاستبدالها، أضف البطاقة الجديدة أولًا، ثم أزِل هذه البطاقة.
payment-methods-no-cards = ليست لديك أي بطاقات محفوظة بعد.
# The link to the add-card page and that page's heading.
payment-methods-add-card = إضافة بطاقة
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = هل تريد إزالة { $card }؟
payment-methods-remove-body = لن تتمكن بعد الآن من الدفع بهذه البطاقة. لاستخدامها مرة أخرى، يجب إضافتها من جديد.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = ستصبح { $card } بطاقتك الافتراضية.
payment-methods-remove-none-left = لن تتبقى لديك أي بطاقة للدفع بها.
payment-methods-keep-card = الاحتفاظ بهذه البطاقة
payment-methods-done-card-added = تمت إضافة بطاقتك.
payment-methods-done-card-added-default = تمت إضافة بطاقتك وأصبحت الآن بطاقتك الافتراضية.
payment-methods-done-default-changed = تم تغيير بطاقتك الافتراضية.
payment-methods-done-card-removed = تمت إزالة البطاقة.
payment-methods-number-label = رقم البطاقة
payment-methods-expiry-legend = تاريخ الانتهاء
payment-methods-expiry-month-label = الشهر (MM)
payment-methods-expiry-year-label = السنة (YYYY)
payment-methods-cvc-label = رمز الأمان (CVC)
payment-methods-cvc-hint = 3 أرقام على ظهر البطاقة، أو 4 أرقام على وجهها لبطاقات American Express.
# After the label of a required field.
payment-methods-required = (مطلوب)
payment-methods-make-default-label = اجعلها بطاقتي الافتراضية
payment-methods-submit-add = أضف البطاقة
payment-methods-back-to-list = العودة إلى طرق الدفع
payment-methods-kept-details = يُرسَل رقم بطاقتك ورمز الأمان إلى معالج الدفع فقط: لا تحفظهما هذه البوابة ولا تعرضهما أبدًا.
payment-methods-challenge-heading = التأكيد مع البنك
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = يطلب منك البنك تأكيد { $card } قبل استخدامها.
