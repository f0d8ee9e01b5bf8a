### HomeText (sk)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Prehľad fakturácie
home-next-charge-label = Ďalšia platba
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } dňa { $date }
home-manage-subscriptions = Spravovať predplatné
home-default-card-label = Predvolený spôsob platby
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Platnosť do { $date }
home-no-card = Zatiaľ nemáte uložený žiadny spôsob platby.
home-manage-cards = Spravovať spôsoby platby
home-add-card = Pridať kartu
home-billing-heading = Fakturačné údaje
home-name-label = Meno
home-email-label = E-mail
home-address-label = Fakturačná adresa
home-no-address = Zatiaľ nemáte fakturačnú adresu.
home-edit-address = Aktualizovať fakturačnú adresu
home-tax-ids-label = Daňové identifikačné čísla
home-no-tax-ids = Žiadne
home-manage-tax-ids = Spravovať daňové identifikačné čísla
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Faktúra { $number } vo výške { $amount } nie je zaplatená.
home-pay-now = Zaplatiť teraz
home-latest-invoices = Najnovšie faktúry
home-all-invoices = Zobraziť všetky faktúry
home-done-heading = Hotovo?
