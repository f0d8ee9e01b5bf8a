### HomeText (fi)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Laskutuksen yleiskatsaus
home-next-charge-label = Seuraava veloitus
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $date }: { $amount }
home-manage-subscriptions = Hallinnoi tilauksia
home-default-card-label = Oletusmaksutapa
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Voimassa { $date } asti
home-no-card = Maksutapaa ei ole vielä tallennettu.
home-manage-cards = Hallinnoi maksutapoja
home-add-card = Lisää kortti
home-billing-heading = Laskutustiedot
home-name-label = Nimi
home-email-label = Sähköposti
home-address-label = Laskutusosoite
home-no-address = Laskutusosoitetta ei ole vielä lisätty.
home-edit-address = Päivitä laskutusosoite
home-tax-ids-label = Verotunnisteet
home-no-tax-ids = Ei yhtään
home-manage-tax-ids = Hallinnoi verotunnisteita
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Lasku { $number } ({ $amount }) on maksamatta.
home-pay-now = Maksa nyt
home-latest-invoices = Uusimmat laskut
home-all-invoices = Näytä kaikki laskut
home-done-heading = Oletko valmis?
