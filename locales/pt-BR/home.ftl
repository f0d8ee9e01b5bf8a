### HomeText (pt-BR)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Visão geral da cobrança
home-next-charge-label = Próxima cobrança
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } em { $date }
home-manage-subscriptions = Gerenciar assinaturas
home-default-card-label = Forma de pagamento padrão
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Vence em { $date }
home-no-card = Você ainda não tem uma forma de pagamento salva.
home-manage-cards = Gerenciar formas de pagamento
home-add-card = Adicionar cartão
home-billing-heading = Dados de cobrança
home-name-label = Nome
home-email-label = E-mail
home-address-label = Endereço de cobrança
home-no-address = Você ainda não tem um endereço de cobrança.
home-edit-address = Atualizar endereço de cobrança
home-tax-ids-label = Identificações fiscais
home-no-tax-ids = Nenhuma
home-manage-tax-ids = Gerenciar identificações fiscais
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = A fatura { $number } de { $amount } não foi paga.
home-pay-now = Pagar agora
home-latest-invoices = Últimas faturas
home-all-invoices = Ver todas as faturas
home-done-heading = Terminou?
