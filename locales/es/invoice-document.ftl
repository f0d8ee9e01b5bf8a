### InvoiceDocumentText (es)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Factura
invoice-document-receipt = Recibo
invoice-document-bill-to = Facturar a
invoice-document-date-of-issue = Fecha de emisión
invoice-document-due-date = Fecha de vencimiento
invoice-document-period = Periodo de servicio
invoice-document-description = Descripción
invoice-document-qty = Cant.
invoice-document-unit-price = Precio unitario
invoice-document-amount = Importe
invoice-document-subtotal = Subtotal
invoice-document-tax = Impuestos
invoice-document-total = Total
invoice-document-amount-paid = Importe pagado
invoice-document-amount-due = Importe adeudado
invoice-document-page = Página
invoice-document-status-draft = Borrador
invoice-document-status-open = Pendiente
invoice-document-status-paid = Pagada
invoice-document-status-void = Anulada
invoice-document-status-uncollectible = Incobrable
invoice-document-credit-applied = Saldo a favor aplicado: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Número de factura
invoice-document-paid-on = Pagada el
invoice-document-payment-method = Método de pago
invoice-document-card = { $brand } terminada en { $last4 }
