### PaymentMethodsText (nl)
## The payment methods pages' texts.

payment-methods-intro = Met je standaardkaart worden je abonnementen en facturen betaald.
payment-methods-cards-heading = Je kaarten
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } eindigend op { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kaart
# `{ $date }`: the expiry month and year.
payment-methods-expires = Verloopt: { $date }
payment-methods-default-badge = Standaard
payment-methods-awaiting-bank-badge = Niet bevestigd
payment-methods-awaiting-bank-note = Je bank heeft deze kaart nog niet bevestigd, dus je kunt hem nog niet gebruiken.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = { $card } bevestigen bij je bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = { $card } als standaard instellen
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = { $card } verwijderen
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Met deze kaart wordt je abonnement betaald, dus je kunt hem niet zomaar verwijderen. Wil je hem vervangen? Voeg dan eerst de nieuwe kaart toe en verwijder daarna deze.
payment-methods-no-cards = Je hebt nog geen opgeslagen kaarten.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Kaart toevoegen
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = { $card } verwijderen?
payment-methods-remove-body = Je kunt dan niet meer met deze kaart betalen. Wil je hem later weer gebruiken, dan moet je hem opnieuw toevoegen.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } wordt je standaardkaart.
payment-methods-remove-none-left = Je hebt dan geen kaart meer om mee te betalen.
payment-methods-keep-card = Kaart behouden
payment-methods-done-card-added = Je kaart is toegevoegd.
payment-methods-done-card-added-default = Je kaart is toegevoegd en is nu je standaardkaart.
payment-methods-done-default-changed = Je standaardkaart is gewijzigd.
payment-methods-done-card-removed = De kaart is verwijderd.
payment-methods-number-label = Kaartnummer
payment-methods-expiry-legend = Vervaldatum
payment-methods-expiry-month-label = Maand (MM)
payment-methods-expiry-year-label = Jaar (JJJJ)
payment-methods-cvc-label = Beveiligingscode (CVC)
payment-methods-cvc-hint = 3 cijfers op de achterkant van de kaart, of 4 op de voorkant bij American Express.
# After the label of a required field.
payment-methods-required = (verplicht)
payment-methods-make-default-label = Als mijn standaardkaart instellen
payment-methods-submit-add = Kaart opslaan
payment-methods-back-to-list = Terug naar betaalmethoden
payment-methods-kept-details = Je kaartnummer en beveiligingscode gaan alleen naar de betaalverwerker: dit portaal slaat ze nooit op en toont ze nooit.
payment-methods-challenge-heading = Bevestigen bij je bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Je bank vraagt je { $card } te bevestigen voordat je de kaart kunt gebruiken.
