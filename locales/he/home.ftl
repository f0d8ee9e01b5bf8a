### HomeText (he)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = סקירה כללית של החיובים
home-next-charge-label = החיוב הבא
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } בתאריך { $date }
home-manage-subscriptions = ניהול מינויים
home-default-card-label = אמצעי תשלום ברירת מחדל
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = בתוקף עד { $date }
home-no-card = עדיין לא נשמר אמצעי תשלום.
home-manage-cards = ניהול אמצעי תשלום
home-add-card = הוספת כרטיס
home-billing-heading = פרטי חיוב
home-name-label = שם
home-email-label = דוא"ל
home-address-label = כתובת לחיוב
home-no-address = עדיין אין כתובת לחיוב.
home-edit-address = עדכון הכתובת לחיוב
home-tax-ids-label = מספרי מס
home-no-tax-ids = אין
home-manage-tax-ids = ניהול מספרי מס
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = חשבונית { $number } על סך { $amount } טרם שולמה.
home-pay-now = תשלום עכשיו
home-latest-invoices = החשבוניות האחרונות
home-all-invoices = הצגת כל החשבוניות
home-done-heading = סיימת?
