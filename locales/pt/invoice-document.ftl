### InvoiceDocumentText (pt)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Fatura
invoice-document-receipt = Recibo
invoice-document-bill-to = Faturar a
invoice-document-date-of-issue = Data de emissão
invoice-document-due-date = Data de vencimento
invoice-document-period = Período de serviço
invoice-document-description = Descrição
invoice-document-qty = Qtd.
invoice-document-unit-price = Preço unitário
invoice-document-amount = Montante
invoice-document-subtotal = Subtotal
invoice-document-tax = Impostos
invoice-document-total = Total
invoice-document-amount-paid = Montante pago
invoice-document-amount-due = Montante em dívida
invoice-document-page = Página
invoice-document-status-draft = Rascunho
invoice-document-status-open = Por pagar
invoice-document-status-paid = Paga
invoice-document-status-void = Anulada
invoice-document-status-uncollectible = Incobrável
invoice-document-credit-applied = Crédito do cliente aplicado: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Número da fatura
invoice-document-paid-on = Paga em
invoice-document-payment-method = Método de pagamento
invoice-document-card = { $brand } terminado em { $last4 }
