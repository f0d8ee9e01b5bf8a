### InvoiceText (pt-BR)
## The invoices page's texts.

invoice-caption = Suas faturas, das mais recentes para as mais antigas
invoice-column-number = Número da fatura
invoice-column-date = Data
invoice-column-amount = Valor
invoice-column-status = Situação
invoice-column-actions = Ações
invoice-state-draft = Rascunho
invoice-state-due = A pagar
invoice-state-payment-failed = Falha no pagamento
invoice-state-paid = Paga
invoice-state-void = Anulada
invoice-state-uncollectible = Incobrável
invoice-download-pdf = Baixar { $number } (PDF)
invoice-download-receipt = Baixar o recibo de { $number } (PDF)
invoice-retry-payment = Tentar pagar { $number } de novo
invoice-empty = Você ainda não tem faturas.
invoice-older-invoices = Faturas mais antigas
invoice-newest-invoices = Faturas mais recentes
invoice-pages-label = Mais faturas
invoice-paid = Obrigado: seu pagamento foi aprovado e a fatura está paga.
invoice-challenge-heading = Confirme o pagamento de { $number }
invoice-challenge-body = Seu banco pede que você confirme este pagamento de { $amount }. Aprove para pagar a fatura agora ou recuse se você não o solicitou.
