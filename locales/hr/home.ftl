### HomeText (hr)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Pregled naplate
home-next-charge-label = Sljedeće terećenje
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } dana { $date }
home-manage-subscriptions = Upravljaj pretplatama
home-default-card-label = Zadani način plaćanja
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Vrijedi do { $date }
home-no-card = Još nemate spremljen način plaćanja.
home-manage-cards = Upravljaj načinima plaćanja
home-add-card = Dodaj karticu
home-billing-heading = Podaci za naplatu
home-name-label = Ime
home-email-label = E-pošta
home-address-label = Adresa za naplatu
home-no-address = Još nemate adresu za naplatu.
home-edit-address = Ažuriraj adresu za naplatu
home-tax-ids-label = Porezni brojevi
home-no-tax-ids = Nema
home-manage-tax-ids = Upravljaj poreznim brojevima
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Račun { $number } na iznos od { $amount } nije plaćen.
home-pay-now = Plati sada
home-latest-invoices = Najnoviji računi
home-all-invoices = Prikaži sve račune
home-done-heading = Jeste li završili?
