### InvoiceText (en)
## The invoices page's texts.

invoice-caption = Your invoices, newest first
invoice-column-number = Invoice number
invoice-column-date = Date
invoice-column-amount = Amount
invoice-column-status = Status
invoice-column-actions = Actions
invoice-state-draft = Draft
invoice-state-due = Due
invoice-state-payment-failed = Payment failed
invoice-state-paid = Paid
invoice-state-void = Void
invoice-state-uncollectible = Uncollectible
invoice-download-pdf = Download { $number } (PDF)
invoice-download-receipt = Download receipt for { $number } (PDF)
invoice-retry-payment = Retry payment of { $number }
invoice-empty = You have no invoices yet.
invoice-older-invoices = Older invoices
invoice-newest-invoices = Newest invoices
invoice-pages-label = More invoices
invoice-paid = Thank you: your payment went through and the invoice is paid.
invoice-challenge-heading = Confirm the payment of { $number }
invoice-challenge-body = Your bank asks you to confirm this payment of { $amount }. Approve it to pay the invoice now, or refuse it if you did not ask for it.
