### InvoiceDocumentText (en)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Invoice
invoice-document-receipt = Receipt
invoice-document-bill-to = Bill to
invoice-document-date-of-issue = Date of issue
invoice-document-due-date = Due date
invoice-document-period = Service period
invoice-document-description = Description
invoice-document-qty = Qty
invoice-document-unit-price = Unit price
invoice-document-amount = Amount
invoice-document-subtotal = Subtotal
invoice-document-tax = Tax
invoice-document-total = Total
invoice-document-amount-paid = Amount paid
invoice-document-amount-due = Amount due
invoice-document-page = Page
invoice-document-status-draft = Draft
invoice-document-status-open = Open
invoice-document-status-paid = Paid
invoice-document-status-void = Void
invoice-document-status-uncollectible = Uncollectible
invoice-document-credit-applied = Customer credit applied: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Invoice number
invoice-document-paid-on = Paid on
invoice-document-payment-method = Payment method
invoice-document-card = { $brand } ending in { $last4 }
