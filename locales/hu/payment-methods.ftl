### PaymentMethodsText (hu)
## The payment methods pages' texts.

payment-methods-intro = Az alapértelmezett kártyájával fizeti az előfizetéseit és a számláit.
payment-methods-cards-heading = Az Ön kártyái
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $last4 } végű { $brand }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kártya
# `{ $date }`: the expiry month and year.
payment-methods-expires = Lejárat: { $date }
payment-methods-default-badge = Alapértelmezett
payment-methods-awaiting-bank-badge = Nincs megerősítve
payment-methods-awaiting-bank-note = A bankja még nem erősítette meg ezt a kártyát, ezért nem használható.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = { $card } megerősítése a bankjánál
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = { $card } beállítása alapértelmezettként
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = { $card } eltávolítása
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Ezzel a kártyával fizeti az előfizetését, ezért önmagában nem távolítható el. A cseréjéhez először adja hozzá az új kártyát, majd távolítsa el ezt.
payment-methods-no-cards = Még nincs mentett kártyája.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Kártya hozzáadása
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Eltávolítja a következőt: { $card }?
payment-methods-remove-body = Ezzel a kártyával többé nem tud fizetni. Ha újra használni szeretné, ismét hozzá kell adnia.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } lesz az alapértelmezett kártyája.
payment-methods-remove-none-left = Nem marad kártyája, amellyel fizethetne.
payment-methods-keep-card = A kártya megtartása
payment-methods-done-card-added = A kártyáját hozzáadtuk.
payment-methods-done-card-added-default = A kártyáját hozzáadtuk, és mostantól ez az alapértelmezett kártyája.
payment-methods-done-default-changed = Az alapértelmezett kártyája megváltozott.
payment-methods-done-card-removed = A kártyát eltávolítottuk.
payment-methods-number-label = Kártyaszám
payment-methods-expiry-legend = Lejárati dátum
payment-methods-expiry-month-label = Hónap (HH)
payment-methods-expiry-year-label = Év (ÉÉÉÉ)
payment-methods-cvc-label = Biztonsági kód (CVC)
payment-methods-cvc-hint = 3 számjegy a kártya hátoldalán, American Express esetén 4 az előlapon.
# After the label of a required field.
payment-methods-required = (kötelező)
payment-methods-make-default-label = Legyen ez az alapértelmezett kártyám
payment-methods-submit-add = Kártya hozzáadása
payment-methods-back-to-list = Vissza a fizetési módokhoz
payment-methods-kept-details = A kártyaszám és a biztonsági kód kizárólag a fizetési szolgáltatóhoz kerül: ez a portál soha nem tárolja és nem jeleníti meg őket.
payment-methods-challenge-heading = Megerősítés a bankjánál
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = A bankja azt kéri, hogy használat előtt erősítse meg a következőt: { $card }.
