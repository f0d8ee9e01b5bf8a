### HomeText (da)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Faktureringsoversigt
home-next-charge-label = Næste opkrævning
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } den { $date }
home-manage-subscriptions = Administrer abonnementer
home-default-card-label = Standardbetalingsmetode
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Udløber { $date }
home-no-card = Ingen betalingsmetode gemt endnu.
home-manage-cards = Administrer betalingsmetoder
home-add-card = Tilføj kort
home-billing-heading = Faktureringsoplysninger
home-name-label = Navn
home-email-label = E-mail
home-address-label = Faktureringsadresse
home-no-address = Ingen faktureringsadresse endnu.
home-edit-address = Opdater faktureringsadressen
home-tax-ids-label = Skatte-id'er
home-no-tax-ids = Ingen
home-manage-tax-ids = Administrer skatte-id'er
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Faktura { $number } på { $amount } er ubetalt.
home-pay-now = Betal nu
home-latest-invoices = Seneste fakturaer
home-all-invoices = Se alle fakturaer
home-done-heading = Færdig?
