### PaymentMethodsText (fi)
## The payment methods pages' texts.

payment-methods-intro = Oletuskortillasi maksetaan tilauksesi ja laskusi.
payment-methods-cards-heading = Korttisi
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand }, loppunumerot { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kortti
# `{ $date }`: the expiry month and year.
payment-methods-expires = Voimassa { $date } asti
payment-methods-default-badge = Oletus
payment-methods-awaiting-bank-badge = Vahvistamatta
payment-methods-awaiting-bank-note = Pankkisi ei ole vielä vahvistanut tätä korttia, joten sitä ei voi käyttää.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Vahvista { $card } pankissasi
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Aseta { $card } oletukseksi
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Poista { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Tällä kortilla maksetaan tilauksesi, joten sitä ei voi poistaa yksinään. Jos haluat vaihtaa sen, lisää ensin uusi kortti ja poista sitten tämä.
payment-methods-no-cards = Sinulla ei ole vielä tallennettuja kortteja.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Lisää kortti
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Poistetaanko { $card }?
payment-methods-remove-body = Et voi enää maksaa tällä kortilla. Jos haluat käyttää sitä myöhemmin, sinun on lisättävä se uudelleen.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } tulee oletuskortiksesi.
payment-methods-remove-none-left = Sinulle ei jää yhtään korttia, jolla maksaa.
payment-methods-keep-card = Säilytä kortti
payment-methods-done-card-added = Korttisi on lisätty.
payment-methods-done-card-added-default = Korttisi on lisätty, ja se on nyt oletuskorttisi.
payment-methods-done-default-changed = Oletuskorttisi on vaihdettu.
payment-methods-done-card-removed = Kortti on poistettu.
payment-methods-number-label = Kortin numero
payment-methods-expiry-legend = Voimassaoloaika
payment-methods-expiry-month-label = Kuukausi (KK)
payment-methods-expiry-year-label = Vuosi (VVVV)
payment-methods-cvc-label = Turvakoodi (CVC)
payment-methods-cvc-hint = 3 numeroa kortin takapuolella, American Expressissä 4 etupuolella.
# After the label of a required field.
payment-methods-required = (pakollinen)
payment-methods-make-default-label = Aseta oletuskortikseni
payment-methods-submit-add = Tallenna kortti
payment-methods-back-to-list = Takaisin maksutapoihin
payment-methods-kept-details = Kortin numero ja turvakoodi välitetään vain maksunvälittäjälle: tämä portaali ei koskaan tallenna eikä näytä niitä.
payment-methods-challenge-heading = Vahvistus pankissa
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Pankkisi pyytää sinua vahvistamaan kortin { $card } ennen kuin sitä voi käyttää.
