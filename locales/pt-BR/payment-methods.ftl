### PaymentMethodsText (pt-BR)
## The payment methods pages' texts.

payment-methods-intro = Seu cartão padrão paga suas assinaturas e faturas.
payment-methods-cards-heading = Seus cartões
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } com final { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Cartão
# `{ $date }`: the expiry month and year.
payment-methods-expires = Vence em { $date }
payment-methods-default-badge = Padrão
payment-methods-awaiting-bank-badge = Não confirmado
payment-methods-awaiting-bank-note = Seu banco ainda não confirmou este cartão, então ele não pode ser usado.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Confirmar { $card } com seu banco
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Definir { $card } como padrão
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Remover { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Este cartão paga sua assinatura, então não pode ser removido sozinho. Para substituí-lo, adicione primeiro o novo cartão e depois remova este.
payment-methods-no-cards = Você ainda não tem cartões salvos.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Adicionar cartão
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Remover { $card }?
payment-methods-remove-body = Você não poderá mais pagar com este cartão. Para usá-lo de novo, será preciso adicioná-lo outra vez.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } passará a ser seu cartão padrão.
payment-methods-remove-none-left = Você ficará sem nenhum cartão para pagar.
payment-methods-keep-card = Manter este cartão
payment-methods-done-card-added = Seu cartão foi adicionado.
payment-methods-done-card-added-default = Seu cartão foi adicionado e agora é seu cartão padrão.
payment-methods-done-default-changed = Seu cartão padrão foi alterado.
payment-methods-done-card-removed = O cartão foi removido.
payment-methods-number-label = Número do cartão
payment-methods-expiry-legend = Data de validade
payment-methods-expiry-month-label = Mês (MM)
payment-methods-expiry-year-label = Ano (AAAA)
payment-methods-cvc-label = Código de segurança (CVC)
payment-methods-cvc-hint = 3 dígitos no verso do cartão, ou 4 na frente para American Express.
# After the label of a required field.
payment-methods-required = (obrigatório)
payment-methods-make-default-label = Definir como meu cartão padrão
payment-methods-submit-add = Salvar cartão
payment-methods-back-to-list = Voltar às formas de pagamento
payment-methods-kept-details = O número do cartão e o código de segurança vão apenas para o processador de pagamentos: este portal nunca os armazena nem os exibe.
payment-methods-challenge-heading = Confirmação com seu banco
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Seu banco pede que você confirme { $card } antes de usá-lo.
