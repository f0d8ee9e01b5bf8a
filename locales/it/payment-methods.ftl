### PaymentMethodsText (it)
## The payment methods pages' texts.

payment-methods-intro = La tua carta predefinita paga i tuoi abbonamenti e le tue fatture.
payment-methods-cards-heading = Le tue carte
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } che termina con { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Carta
# `{ $date }`: the expiry month and year.
payment-methods-expires = Scade: { $date }
payment-methods-default-badge = Predefinita
payment-methods-awaiting-bank-badge = Non confermata
payment-methods-awaiting-bank-note = La tua banca non ha ancora confermato questa carta, quindi non può essere usata.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Conferma { $card } con la tua banca
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Imposta { $card } come predefinita
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Rimuovi { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Questa carta paga il tuo abbonamento, quindi non può essere rimossa da sola. Per sostituirla, aggiungi prima la nuova carta, poi rimuovi questa.
payment-methods-no-cards = Non hai ancora carte salvate.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Aggiungi una carta
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Rimuovere { $card }?
payment-methods-remove-body = Non potrai più pagare con questa carta. Per usarla di nuovo dovrai aggiungerla un'altra volta.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } diventerà la tua carta predefinita.
payment-methods-remove-none-left = Non ti resterà nessuna carta con cui pagare.
payment-methods-keep-card = Mantieni questa carta
payment-methods-done-card-added = La tua carta è stata aggiunta.
payment-methods-done-card-added-default = La tua carta è stata aggiunta ed è ora la tua carta predefinita.
payment-methods-done-default-changed = La tua carta predefinita è stata cambiata.
payment-methods-done-card-removed = La carta è stata rimossa.
payment-methods-number-label = Numero della carta
payment-methods-expiry-legend = Data di scadenza
payment-methods-expiry-month-label = Mese (MM)
payment-methods-expiry-year-label = Anno (AAAA)
payment-methods-cvc-label = Codice di sicurezza (CVC)
payment-methods-cvc-hint = 3 cifre sul retro della carta, o 4 sul fronte per American Express.
# After the label of a required field.
payment-methods-required = (obbligatorio)
payment-methods-make-default-label = Impostala come carta predefinita
payment-methods-submit-add = Aggiungi carta
payment-methods-back-to-list = Torna ai metodi di pagamento
payment-methods-kept-details = Il numero della carta e il codice di sicurezza vengono inviati solo al processore dei pagamenti: questo portale non li salva né li mostra mai.
payment-methods-challenge-heading = Conferma con la tua banca
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = La tua banca ti chiede di confermare { $card } prima di poterla usare.
