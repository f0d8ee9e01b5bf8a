### Key (he)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = פורטל הלקוחות של Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = דילוג לתוכן הראשי
shell-footer = תשלומים וחיובים באמצעות Paylera.
shell-intro-lead = כאן אפשר לנהל מינויים, חשבוניות ואמצעי תשלום מול עסק שמחייב אותך דרך Paylera.
shell-intro-how-to-reach = מגיעים לפורטל הזה דרך קישור מאובטח מבית העסק שממנו קנית: חפשו קישור כמו "ניהול חיובים" או "פורטל חיובים" באפליקציה, באתר או בהודעות הדוא"ל שלו. הקישור מחבר אותך לזמן קצר; אין סיסמת Paylera שצריך לזכור.
shell-signed-in-help = בסיום, אפשר לחזור לעסק שממנו הגעת. כך הביקור כאן מסתיים; כדי לחזור, יש לפתוח שוב את פורטל החיובים שלו.
shell-return-to-merchant-button = חזרה לבית העסק
shell-link-expired-heading = תוקף הקישור פג או שכבר נעשה בו שימוש
shell-link-expired-advice = למען אבטחתך, כל קישור לפורטל עובד פעם אחת בלבד ולזמן קצר. יש לחזור לעסק ולפתוח שוב את פורטל החיובים כדי לקבל קישור חדש.
shell-link-rate-limited-heading = יותר מדי ניסיונות, נא לנסות שוב בעוד דקה
shell-link-rate-limited-advice = קיבלנו יותר מדי ניסיונות לפתוח את הפורטל. יש להמתין דקה ואז לטעון מחדש את הדף.
shell-link-unavailable-heading = לא הצלחנו לפתוח את פורטל החיובים שלך
shell-link-unavailable-advice = שירותי החיוב שלנו לא הגיבו. נא לטעון מחדש את הדף בעוד כמה דקות.
# Has the `{ $merchant }` placeholder.
shell-return-to = חזרה אל { $merchant }
shell-not-found-heading = הדף לא נמצא
shell-not-found-body = לא מצאנו את הדף המבוקש. אם הגעת דרך קישור מעסק שמחייב אותך, ייתכן שתוקפו פג: אפשר לבקש ממנו קישור חדש.
shell-not-found-home-link = מעבר לדף הבית של הפורטל
shell-module-subscription-title = מינוי
shell-module-subscription-description = שנו או בטלו את התוכנית שלכם.
shell-module-payment-methods-title = אמצעי תשלום
shell-module-payment-methods-description = הוסיפו או החליפו את הכרטיס או חשבון הבנק שבו אתם משלמים.
shell-module-invoices-title = חשבוניות
shell-module-invoices-description = צפו בחשבוניות הקודמות שלכם והורידו אותן.
shell-module-tax-ids-title = מספרי מס
shell-module-tax-ids-description = הוסיפו או הסירו את מספרי המס שמופיעים בחשבוניות שלכם.
shell-module-address-title = כתובת לחיוב
shell-module-address-description = עדכנו את הכתובת שבחשבוניות שלכם.
