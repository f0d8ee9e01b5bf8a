### HomeText (hu)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Számlázási áttekintés
home-next-charge-label = Következő terhelés
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $date }: { $amount }
home-manage-subscriptions = Előfizetések kezelése
home-default-card-label = Alapértelmezett fizetési mód
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Lejárat: { $date }
home-no-card = Még nincs mentett fizetési módja.
home-manage-cards = Fizetési módok kezelése
home-add-card = Kártya hozzáadása
home-billing-heading = Számlázási adatok
home-name-label = Név
home-email-label = E-mail
home-address-label = Számlázási cím
home-no-address = Még nincs számlázási címe.
home-edit-address = Számlázási cím frissítése
home-tax-ids-label = Adóazonosítók
home-no-tax-ids = Nincs
home-manage-tax-ids = Adóazonosítók kezelése
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = A(z) { $number } számú, { $amount } összegű számla még nincs kifizetve.
home-pay-now = Fizetés most
home-latest-invoices = Legújabb számlák
home-all-invoices = Összes számla megtekintése
home-done-heading = Végzett?
