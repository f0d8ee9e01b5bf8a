### HomeText (nb)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Faktureringsoversikt
home-next-charge-label = Neste belastning
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } den { $date }
home-manage-subscriptions = Administrer abonnementer
home-default-card-label = Standardbetalingsmåte
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Utløper { $date }
home-no-card = Ingen betalingsmåte er lagret ennå.
home-manage-cards = Administrer betalingsmåter
home-add-card = Legg til kort
home-billing-heading = Faktureringsopplysninger
home-name-label = Navn
home-email-label = E-post
home-address-label = Fakturaadresse
home-no-address = Ingen fakturaadresse ennå.
home-edit-address = Oppdater fakturaadressen
home-tax-ids-label = Skatte-ID-er
home-no-tax-ids = Ingen
home-manage-tax-ids = Administrer skatte-ID-er
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Faktura { $number } på { $amount } er ubetalt.
home-pay-now = Betal nå
home-latest-invoices = Siste fakturaer
home-all-invoices = Se alle fakturaer
home-done-heading = Ferdig?
