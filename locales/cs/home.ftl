### HomeText (cs)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Přehled fakturace
home-next-charge-label = Další platba
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } dne { $date }
home-manage-subscriptions = Spravovat předplatná
home-default-card-label = Výchozí platební metoda
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Platnost do { $date }
home-no-card = Zatím nemáte uloženou žádnou platební metodu.
home-manage-cards = Spravovat platební metody
home-add-card = Přidat kartu
home-billing-heading = Fakturační údaje
home-name-label = Jméno
home-email-label = E-mail
home-address-label = Fakturační adresa
home-no-address = Zatím nemáte fakturační adresu.
home-edit-address = Aktualizovat fakturační adresu
home-tax-ids-label = Daňová identifikační čísla
home-no-tax-ids = Žádná
home-manage-tax-ids = Spravovat daňová identifikační čísla
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Faktura { $number } ve výši { $amount } není zaplacená.
home-pay-now = Zaplatit nyní
home-latest-invoices = Nejnovější faktury
home-all-invoices = Zobrazit všechny faktury
home-done-heading = Hotovo?
