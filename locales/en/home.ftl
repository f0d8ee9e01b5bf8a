### HomeText (en)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Billing overview
home-next-charge-label = Next charge
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } on { $date }
home-manage-subscriptions = Manage subscriptions
home-default-card-label = Default payment method
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Expires { $date }
home-no-card = No payment method on file yet.
home-manage-cards = Manage payment methods
home-add-card = Add a card
home-billing-heading = Billing details
home-name-label = Name
home-email-label = Email
home-address-label = Billing address
home-no-address = No billing address yet.
home-edit-address = Update billing address
home-tax-ids-label = Tax IDs
home-no-tax-ids = None
home-manage-tax-ids = Manage tax IDs
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Invoice { $number } for { $amount } is unpaid.
home-pay-now = Pay now
home-latest-invoices = Latest invoices
home-all-invoices = View all invoices
home-done-heading = Finished?
