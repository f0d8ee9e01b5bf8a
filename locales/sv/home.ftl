### HomeText (sv)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Faktureringsöversikt
home-next-charge-label = Nästa debitering
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } den { $date }
home-manage-subscriptions = Hantera prenumerationer
home-default-card-label = Standardbetalningsmetod
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Går ut { $date }
home-no-card = Ingen betalningsmetod sparad än.
home-manage-cards = Hantera betalningsmetoder
home-add-card = Lägg till kort
home-billing-heading = Faktureringsuppgifter
home-name-label = Namn
home-email-label = E-post
home-address-label = Faktureringsadress
home-no-address = Ingen faktureringsadress än.
home-edit-address = Uppdatera faktureringsadressen
home-tax-ids-label = Skatteregistreringsnummer
home-no-tax-ids = Inga
home-manage-tax-ids = Hantera skatteregistreringsnummer
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Faktura { $number } på { $amount } är obetald.
home-pay-now = Betala nu
home-latest-invoices = Senaste fakturor
home-all-invoices = Visa alla fakturor
home-done-heading = Klar?
