### InvoiceDocumentText (he)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = חשבונית
invoice-document-receipt = קבלה
invoice-document-bill-to = לכבוד
invoice-document-date-of-issue = תאריך הפקה
invoice-document-due-date = תאריך לתשלום
invoice-document-period = תקופת השירות
invoice-document-description = תיאור
invoice-document-qty = כמות
invoice-document-unit-price = מחיר ליחידה
invoice-document-amount = סכום
invoice-document-subtotal = סכום ביניים
invoice-document-tax = מס
invoice-document-total = סה״כ
invoice-document-amount-paid = סכום ששולם
invoice-document-amount-due = יתרה לתשלום
invoice-document-page = עמוד
invoice-document-status-draft = טיוטה
invoice-document-status-open = פתוחה
invoice-document-status-paid = שולמה
invoice-document-status-void = מבוטלת
invoice-document-status-uncollectible = אבודה
invoice-document-credit-applied = זיכוי לקוח שנוצל: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = מספר חשבונית
invoice-document-paid-on = שולם בתאריך
invoice-document-payment-method = אמצעי תשלום
invoice-document-card = { $brand } המסתיים ב-{ $last4 }
