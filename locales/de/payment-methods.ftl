### PaymentMethodsText (de)
## The payment methods pages' texts.

payment-methods-intro = Mit Ihrer Standardkarte werden Ihre Abonnements und Rechnungen bezahlt.
payment-methods-cards-heading = Ihre Karten
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } mit Endziffern { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Karte
# `{ $date }`: the expiry month and year.
payment-methods-expires = Gültig bis { $date }
payment-methods-default-badge = Standard
payment-methods-awaiting-bank-badge = Nicht bestätigt
payment-methods-awaiting-bank-note = Ihre Bank hat diese Karte noch nicht bestätigt, daher kann sie nicht verwendet werden.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = { $card } bei Ihrer Bank bestätigen
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = { $card } als Standard festlegen
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = { $card } entfernen
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Mit dieser Karte wird Ihr Abonnement bezahlt, daher kann sie nicht einfach entfernt werden. Um sie zu ersetzen, fügen Sie zuerst die neue Karte hinzu und entfernen Sie dann diese.
payment-methods-no-cards = Sie haben noch keine Karte gespeichert.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Karte hinzufügen
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = { $card } entfernen?
payment-methods-remove-body = Sie können mit dieser Karte dann nicht mehr bezahlen. Um sie wieder zu verwenden, müssten Sie sie erneut hinzufügen.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } wird Ihre Standardkarte.
payment-methods-remove-none-left = Sie haben dann keine Karte mehr, mit der Sie bezahlen können.
payment-methods-keep-card = Karte behalten
payment-methods-done-card-added = Ihre Karte wurde hinzugefügt.
payment-methods-done-card-added-default = Ihre Karte wurde hinzugefügt und ist jetzt Ihre Standardkarte.
payment-methods-done-default-changed = Ihre Standardkarte wurde geändert.
payment-methods-done-card-removed = Die Karte wurde entfernt.
payment-methods-number-label = Kartennummer
payment-methods-expiry-legend = Ablaufdatum
payment-methods-expiry-month-label = Monat (MM)
payment-methods-expiry-year-label = Jahr (JJJJ)
payment-methods-cvc-label = Prüfnummer (CVC)
payment-methods-cvc-hint = 3 Ziffern auf der Rückseite der Karte, bei American Express 4 auf der Vorderseite.
# After the label of a required field.
payment-methods-required = (Pflichtfeld)
payment-methods-make-default-label = Als meine Standardkarte festlegen
payment-methods-submit-add = Karte speichern
payment-methods-back-to-list = Zurück zu den Zahlungsmethoden
payment-methods-kept-details = Ihre Kartennummer und Prüfnummer gehen nur an den Zahlungsdienstleister: Dieses Portal speichert oder zeigt sie nie.
payment-methods-challenge-heading = Bestätigung bei Ihrer Bank
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Ihre Bank bittet Sie, { $card } zu bestätigen, bevor die Karte verwendet werden kann.
