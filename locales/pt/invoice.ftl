### InvoiceText (pt)
## The invoices page's texts.

invoice-caption = As suas faturas, das mais recentes para as mais antigas
invoice-column-number = Número da fatura
invoice-column-date = Data
invoice-column-amount = Montante
invoice-column-status = Estado
invoice-column-actions = Ações
invoice-state-draft = Rascunho
invoice-state-due = Por pagar
invoice-state-payment-failed = Pagamento falhado
invoice-state-paid = Paga
invoice-state-void = Anulada
invoice-state-uncollectible = Incobrável
invoice-download-pdf = Transferir { $number } (PDF)
invoice-download-receipt = Transferir o recibo de { $number } (PDF)
invoice-retry-payment = Tentar novamente o pagamento de { $number }
invoice-empty = Ainda não tem faturas.
invoice-older-invoices = Faturas mais antigas
invoice-newest-invoices = Faturas mais recentes
invoice-pages-label = Mais faturas
invoice-paid = Obrigado: o seu pagamento foi aceite e a fatura está paga.
invoice-challenge-heading = Confirme o pagamento de { $number }
invoice-challenge-body = O seu banco pede-lhe que confirme este pagamento de { $amount }. Aprove-o para pagar a fatura agora ou recuse-o se não o pediu.
