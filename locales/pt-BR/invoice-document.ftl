### InvoiceDocumentText (pt-BR)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Fatura
invoice-document-receipt = Recibo
invoice-document-bill-to = Cobrar de
invoice-document-date-of-issue = Data de emissão
invoice-document-due-date = Data de vencimento
invoice-document-period = Período de serviço
invoice-document-description = Descrição
invoice-document-qty = Qtd.
invoice-document-unit-price = Preço unitário
invoice-document-amount = Valor
invoice-document-subtotal = Subtotal
invoice-document-tax = Impostos
invoice-document-total = Total
invoice-document-amount-paid = Valor pago
invoice-document-amount-due = Valor devido
invoice-document-page = Página
invoice-document-status-draft = Rascunho
invoice-document-status-open = Em aberto
invoice-document-status-paid = Paga
invoice-document-status-void = Cancelada
invoice-document-status-uncollectible = Incobrável
invoice-document-credit-applied = Crédito do cliente aplicado: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Número da fatura
invoice-document-paid-on = Paga em
invoice-document-payment-method = Forma de pagamento
invoice-document-card = { $brand } com final { $last4 }
