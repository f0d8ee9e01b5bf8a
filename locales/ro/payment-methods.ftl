### PaymentMethodsText (ro)
## The payment methods pages' texts.

payment-methods-intro = Cardul dumneavoastră implicit plătește abonamentele și facturile.
payment-methods-cards-heading = Cardurile dumneavoastră
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } care se termină în { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Card
# `{ $date }`: the expiry month and year.
payment-methods-expires = Expiră în { $date }
payment-methods-default-badge = Implicit
payment-methods-awaiting-bank-badge = Neconfirmat
payment-methods-awaiting-bank-note = Banca dumneavoastră nu a confirmat încă acest card, așa că nu poate fi folosit.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Confirmați { $card } la banca dumneavoastră
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Setați { $card } ca implicit
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Eliminați { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Acest card plătește abonamentul dumneavoastră, așa că nu poate fi eliminat singur. Pentru a-l înlocui, adăugați mai întâi noul card, apoi eliminați-l pe acesta.
payment-methods-no-cards = Nu aveți încă niciun card salvat.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Adăugați un card
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Eliminați { $card }?
payment-methods-remove-body = Nu veți mai putea plăti cu acest card. Pentru a-l folosi din nou, va trebui să îl adăugați din nou.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } va deveni cardul dumneavoastră implicit.
payment-methods-remove-none-left = Nu vă va mai rămâne niciun card cu care să plătiți.
payment-methods-keep-card = Păstrați acest card
payment-methods-done-card-added = Cardul dumneavoastră a fost adăugat.
payment-methods-done-card-added-default = Cardul dumneavoastră a fost adăugat și este acum cardul implicit.
payment-methods-done-default-changed = Cardul dumneavoastră implicit a fost schimbat.
payment-methods-done-card-removed = Cardul a fost eliminat.
payment-methods-number-label = Numărul cardului
payment-methods-expiry-legend = Data expirării
payment-methods-expiry-month-label = Luna (LL)
payment-methods-expiry-year-label = Anul (AAAA)
payment-methods-cvc-label = Cod de securitate (CVC)
payment-methods-cvc-hint = 3 cifre pe spatele cardului sau 4 pe față pentru American Express.
# After the label of a required field.
payment-methods-required = (obligatoriu)
payment-methods-make-default-label = Setați acest card ca implicit
payment-methods-submit-add = Adăugați cardul
payment-methods-back-to-list = Înapoi la metodele de plată
payment-methods-kept-details = Numărul cardului și codul de securitate ajung doar la procesatorul de plăți: acest portal nu le stochează și nu le afișează niciodată.
payment-methods-challenge-heading = Confirmați la banca dumneavoastră
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Banca dumneavoastră vă cere să confirmați { $card } înainte de a putea fi folosit.
