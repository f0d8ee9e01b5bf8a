### InvoiceText (he)
## The invoices page's texts.

invoice-caption = החשבוניות שלך, מהחדשה לישנה
invoice-column-number = מספר חשבונית
invoice-column-date = תאריך
invoice-column-amount = סכום
invoice-column-status = סטטוס
invoice-column-actions = פעולות
invoice-state-draft = טיוטה
invoice-state-due = לתשלום
invoice-state-payment-failed = התשלום נכשל
invoice-state-paid = שולמה
invoice-state-void = בוטלה
invoice-state-uncollectible = לא ניתנת לגבייה
invoice-download-pdf = הורדת { $number } (PDF)
invoice-download-receipt = הורדת קבלה עבור { $number } (PDF)
invoice-retry-payment = ניסיון חוזר לתשלום { $number }
invoice-empty = עדיין אין לך חשבוניות.
invoice-older-invoices = חשבוניות ישנות יותר
invoice-newest-invoices = החשבוניות החדשות ביותר
invoice-pages-label = חשבוניות נוספות
invoice-paid = תודה: התשלום עבר בהצלחה והחשבונית שולמה.
invoice-challenge-heading = אישור התשלום עבור { $number }
invoice-challenge-body = הבנק מבקש לאשר את התשלום הזה בסך { $amount }. יש לאשר כדי לשלם את החשבונית עכשיו, או לדחות אם לא ביקשת את התשלום.
