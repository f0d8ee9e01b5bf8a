### HomeText (ro)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Prezentare generală a facturării
home-next-charge-label = Următoarea plată
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } pe { $date }
home-manage-subscriptions = Gestionați abonamentele
home-default-card-label = Metodă de plată implicită
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Expiră în { $date }
home-no-card = Nu aveți încă nicio metodă de plată salvată.
home-manage-cards = Gestionați metodele de plată
home-add-card = Adăugați un card
home-billing-heading = Date de facturare
home-name-label = Nume
home-email-label = E-mail
home-address-label = Adresa de facturare
home-no-address = Nu aveți încă o adresă de facturare.
home-edit-address = Actualizați adresa de facturare
home-tax-ids-label = Coduri fiscale
home-no-tax-ids = Niciunul
home-manage-tax-ids = Gestionați codurile fiscale
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Factura { $number } în valoare de { $amount } nu a fost plătită.
home-pay-now = Plătiți acum
home-latest-invoices = Cele mai recente facturi
home-all-invoices = Vedeți toate facturile
home-done-heading = Ați terminat?
