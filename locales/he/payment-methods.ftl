### PaymentMethodsText (he)
## The payment methods pages' texts.

payment-methods-intro = המינויים והחשבוניות שלך משולמים בכרטיס ברירת המחדל.
payment-methods-cards-heading = הכרטיסים שלך
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } שמסתיים ב-{ $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = כרטיס
# `{ $date }`: the expiry month and year.
payment-methods-expires = בתוקף עד { $date }
payment-methods-default-badge = ברירת מחדל
payment-methods-awaiting-bank-badge = לא אושר
payment-methods-awaiting-bank-note = הבנק עדיין לא אישר את הכרטיס, ולכן אי אפשר להשתמש בו.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = אישור { $card } מול הבנק
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = הגדרת { $card } כברירת מחדל
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = הסרת { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = המינוי שלך משולם בכרטיס הזה, ולכן אי אפשר להסיר אותו לבדו. כדי להחליף אותו, יש להוסיף קודם את הכרטיס החדש ורק אז להסיר את הכרטיס הזה.
payment-methods-no-cards = עדיין אין לך כרטיסים שמורים.
# The link to the add-card page and that page's heading.
payment-methods-add-card = הוספת כרטיס
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = להסיר את { $card }?
payment-methods-remove-body = לא תהיה עוד אפשרות לשלם בכרטיס הזה. כדי להשתמש בו שוב, יהיה צורך להוסיף אותו מחדש.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } יהפוך לכרטיס ברירת המחדל שלך.
payment-methods-remove-none-left = לא יישאר לך כרטיס לתשלום.
payment-methods-keep-card = השארת הכרטיס
payment-methods-done-card-added = הכרטיס נוסף.
payment-methods-done-card-added-default = הכרטיס נוסף והוא כעת כרטיס ברירת המחדל שלך.
payment-methods-done-default-changed = כרטיס ברירת המחדל הוחלף.
payment-methods-done-card-removed = הכרטיס הוסר.
payment-methods-number-label = מספר כרטיס
payment-methods-expiry-legend = תוקף
payment-methods-expiry-month-label = חודש (MM)
payment-methods-expiry-year-label = שנה (YYYY)
payment-methods-cvc-label = קוד אבטחה (CVC)
payment-methods-cvc-hint = 3 ספרות בגב הכרטיס, או 4 ספרות בחזית בכרטיסי American Express.
# After the label of a required field.
payment-methods-required = (חובה)
payment-methods-make-default-label = להגדיר ככרטיס ברירת המחדל שלי
payment-methods-submit-add = הוספת הכרטיס
payment-methods-back-to-list = חזרה לאמצעי התשלום
payment-methods-kept-details = מספר הכרטיס וקוד האבטחה נשלחים רק לחברת הסליקה: הפורטל הזה לעולם לא שומר או מציג אותם.
payment-methods-challenge-heading = אישור מול הבנק
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = הבנק מבקש לאשר את { $card } לפני שאפשר יהיה להשתמש בו.
