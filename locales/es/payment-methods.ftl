### PaymentMethodsText (es)
## The payment methods pages' texts.

payment-methods-intro = Tu tarjeta predeterminada paga tus suscripciones y facturas.
payment-methods-cards-heading = Tus tarjetas
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } terminada en { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Tarjeta
# `{ $date }`: the expiry month and year.
payment-methods-expires = Caduca: { $date }
payment-methods-default-badge = Predeterminada
payment-methods-awaiting-bank-badge = Sin confirmar
payment-methods-awaiting-bank-note = Tu banco aún no ha confirmado esta tarjeta, así que no se puede usar.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Confirmar { $card } con tu banco
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Usar { $card } como predeterminada
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Eliminar { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Esta tarjeta paga tu suscripción, así que no se puede eliminar sin más. Para sustituirla, añade primero la nueva tarjeta y, después, elimina esta.
payment-methods-no-cards = Todavía no tienes tarjetas guardadas.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Añadir una tarjeta
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = ¿Eliminar { $card }?
payment-methods-remove-body = Ya no podrás pagar con esta tarjeta. Para volver a usarla, tendrías que añadirla de nuevo.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } pasará a ser tu tarjeta predeterminada.
payment-methods-remove-none-left = No te quedará ninguna tarjeta con la que pagar.
payment-methods-keep-card = Conservar esta tarjeta
payment-methods-done-card-added = Se ha añadido tu tarjeta.
payment-methods-done-card-added-default = Se ha añadido tu tarjeta y ahora es tu tarjeta predeterminada.
payment-methods-done-default-changed = Se ha cambiado tu tarjeta predeterminada.
payment-methods-done-card-removed = Se ha eliminado la tarjeta.
payment-methods-number-label = Número de tarjeta
payment-methods-expiry-legend = Fecha de caducidad
payment-methods-expiry-month-label = Mes (MM)
payment-methods-expiry-year-label = Año (AAAA)
payment-methods-cvc-label = Código de seguridad (CVC)
payment-methods-cvc-hint = 3 dígitos en el reverso de la tarjeta, o 4 en el anverso en American Express.
# After the label of a required field.
payment-methods-required = (obligatorio)
payment-methods-make-default-label = Usarla como mi tarjeta predeterminada
payment-methods-submit-add = Añadir tarjeta
payment-methods-back-to-list = Volver a los métodos de pago
payment-methods-kept-details = El número de tarjeta y el código de seguridad solo se envían al procesador de pagos: este portal nunca los guarda ni los muestra.
payment-methods-challenge-heading = Confirmación con tu banco
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Tu banco te pide que confirmes { $card } antes de poder usarla.
