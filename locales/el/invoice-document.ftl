### InvoiceDocumentText (el)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Τιμολόγιο
invoice-document-receipt = Απόδειξη
invoice-document-bill-to = Χρέωση προς
invoice-document-date-of-issue = Ημερομηνία έκδοσης
invoice-document-due-date = Ημερομηνία λήξης
invoice-document-period = Περίοδος παροχής
invoice-document-description = Περιγραφή
invoice-document-qty = Ποσ.
invoice-document-unit-price = Τιμή μονάδας
invoice-document-amount = Ποσό
invoice-document-subtotal = Μερικό σύνολο
invoice-document-tax = Φόρος
invoice-document-total = Σύνολο
invoice-document-amount-paid = Καταβληθέν ποσό
invoice-document-amount-due = Οφειλόμενο ποσό
invoice-document-page = Σελίδα
invoice-document-status-draft = Πρόχειρο
invoice-document-status-open = Ανεξόφλητο
invoice-document-status-paid = Εξοφλημένο
invoice-document-status-void = Ακυρωμένο
invoice-document-status-uncollectible = Ανεπίδεκτο είσπραξης
invoice-document-credit-applied = Πίστωση πελάτη που εφαρμόστηκε: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Αριθμός τιμολογίου
invoice-document-paid-on = Ημερομηνία πληρωμής
invoice-document-payment-method = Τρόπος πληρωμής
invoice-document-card = { $brand } που λήγει σε { $last4 }
