### HomeText (nl)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Factureringsoverzicht
home-next-charge-label = Volgende afschrijving
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } op { $date }
home-manage-subscriptions = Abonnementen beheren
home-default-card-label = Standaardbetaalmethode
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Verloopt: { $date }
home-no-card = Nog geen betaalmethode opgeslagen.
home-manage-cards = Betaalmethoden beheren
home-add-card = Kaart toevoegen
home-billing-heading = Factuurgegevens
home-name-label = Naam
home-email-label = E-mail
home-address-label = Factuuradres
home-no-address = Nog geen factuuradres.
home-edit-address = Factuuradres bijwerken
home-tax-ids-label = Btw-nummers
home-no-tax-ids = Geen
home-manage-tax-ids = Btw-nummers beheren
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Factuur { $number } van { $amount } is nog niet betaald.
home-pay-now = Nu betalen
home-latest-invoices = Nieuwste facturen
home-all-invoices = Alle facturen bekijken
home-done-heading = Klaar?
