### HomeText (pt)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Vista geral da faturação
home-next-charge-label = Próximo pagamento
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } a { $date }
home-manage-subscriptions = Gerir subscrições
home-default-card-label = Método de pagamento predefinido
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Expira em { $date }
home-no-card = Ainda não tem nenhum método de pagamento guardado.
home-manage-cards = Gerir métodos de pagamento
home-add-card = Adicionar um cartão
home-billing-heading = Dados de faturação
home-name-label = Nome
home-email-label = E-mail
home-address-label = Morada de faturação
home-no-address = Ainda não tem morada de faturação.
home-edit-address = Atualizar morada de faturação
home-tax-ids-label = Números de contribuinte
home-no-tax-ids = Nenhum
home-manage-tax-ids = Gerir números de contribuinte
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = A fatura { $number } de { $amount } está por pagar.
home-pay-now = Pagar agora
home-latest-invoices = Últimas faturas
home-all-invoices = Ver todas as faturas
home-done-heading = Terminou?
