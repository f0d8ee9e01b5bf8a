### HomeText (it)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Panoramica della fatturazione
home-next-charge-label = Prossimo addebito
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } il { $date }
home-manage-subscriptions = Gestisci abbonamenti
home-default-card-label = Metodo di pagamento predefinito
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Scade: { $date }
home-no-card = Non hai ancora un metodo di pagamento salvato.
home-manage-cards = Gestisci metodi di pagamento
home-add-card = Aggiungi una carta
home-billing-heading = Dati di fatturazione
home-name-label = Nome
home-email-label = Email
home-address-label = Indirizzo di fatturazione
home-no-address = Non hai ancora un indirizzo di fatturazione.
home-edit-address = Aggiorna indirizzo di fatturazione
home-tax-ids-label = Codici fiscali
home-no-tax-ids = Nessuno
home-manage-tax-ids = Gestisci codici fiscali
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = La fattura { $number } di { $amount } non è stata pagata.
home-pay-now = Paga ora
home-latest-invoices = Ultime fatture
home-all-invoices = Vedi tutte le fatture
home-done-heading = Hai finito?
