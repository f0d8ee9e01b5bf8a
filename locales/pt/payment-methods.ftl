### PaymentMethodsText (pt)
## The payment methods pages' texts.

payment-methods-intro = O seu cartão predefinido paga as suas subscrições e faturas.
payment-methods-cards-heading = Os seus cartões
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } terminado em { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Cartão
# `{ $date }`: the expiry month and year.
payment-methods-expires = Expira em { $date }
payment-methods-default-badge = Predefinido
payment-methods-awaiting-bank-badge = Não confirmado
payment-methods-awaiting-bank-note = O seu banco ainda não confirmou este cartão, por isso não pode ser utilizado.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Confirmar { $card } junto do seu banco
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Definir { $card } como predefinido
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Remover { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Este cartão paga a sua subscrição, por isso não pode ser removido sozinho. Para o substituir, adicione primeiro o novo cartão e, depois, remova este.
payment-methods-no-cards = Ainda não tem cartões guardados.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Adicionar um cartão
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Remover { $card }?
payment-methods-remove-body = Deixará de poder pagar com este cartão. Para o voltar a utilizar, terá de o adicionar novamente.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } passará a ser o seu cartão predefinido.
payment-methods-remove-none-left = Não lhe restará nenhum cartão para pagar.
payment-methods-keep-card = Manter este cartão
payment-methods-done-card-added = O seu cartão foi adicionado.
payment-methods-done-card-added-default = O seu cartão foi adicionado e é agora o seu cartão predefinido.
payment-methods-done-default-changed = O seu cartão predefinido foi alterado.
payment-methods-done-card-removed = O cartão foi removido.
payment-methods-number-label = Número do cartão
payment-methods-expiry-legend = Data de validade
payment-methods-expiry-month-label = Mês (MM)
payment-methods-expiry-year-label = Ano (AAAA)
payment-methods-cvc-label = Código de segurança (CVC)
payment-methods-cvc-hint = 3 dígitos no verso do cartão, ou 4 na frente no caso do American Express.
# After the label of a required field.
payment-methods-required = (obrigatório)
payment-methods-make-default-label = Definir como o meu cartão predefinido
payment-methods-submit-add = Adicionar cartão
payment-methods-back-to-list = Voltar aos métodos de pagamento
payment-methods-kept-details = O número do cartão e o código de segurança seguem apenas para o processador de pagamentos: este portal nunca os guarda nem os mostra.
payment-methods-challenge-heading = Confirmação junto do seu banco
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = O seu banco pede-lhe que confirme { $card } antes de o poder utilizar.
