### HomeText (de)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Abrechnungsübersicht
home-next-charge-label = Nächste Zahlung
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } am { $date }
home-manage-subscriptions = Abonnements verwalten
home-default-card-label = Standard-Zahlungsmethode
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Gültig bis { $date }
home-no-card = Noch keine Zahlungsmethode hinterlegt.
home-manage-cards = Zahlungsmethoden verwalten
home-add-card = Karte hinzufügen
home-billing-heading = Abrechnungsdaten
home-name-label = Name
home-email-label = E-Mail
home-address-label = Rechnungsadresse
home-no-address = Noch keine Rechnungsadresse hinterlegt.
home-edit-address = Rechnungsadresse aktualisieren
home-tax-ids-label = Steuernummern
home-no-tax-ids = Keine
home-manage-tax-ids = Steuernummern verwalten
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Rechnung { $number } über { $amount } ist noch offen.
home-pay-now = Jetzt bezahlen
home-latest-invoices = Neueste Rechnungen
home-all-invoices = Alle Rechnungen ansehen
home-done-heading = Fertig?
