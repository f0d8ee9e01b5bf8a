### InvoiceText (es)
## The invoices page's texts.

invoice-caption = Tus facturas, de la más reciente a la más antigua
invoice-column-number = Número de factura
invoice-column-date = Fecha
invoice-column-amount = Importe
invoice-column-status = Estado
invoice-column-actions = Acciones
invoice-state-draft = Borrador
invoice-state-due = Pendiente
invoice-state-payment-failed = Pago fallido
invoice-state-paid = Pagada
invoice-state-void = Anulada
invoice-state-uncollectible = Incobrable
invoice-download-pdf = Descargar { $number } (PDF)
invoice-download-receipt = Descargar el recibo de { $number } (PDF)
invoice-retry-payment = Reintentar el pago de { $number }
invoice-empty = Todavía no tienes facturas.
invoice-older-invoices = Facturas anteriores
invoice-newest-invoices = Facturas más recientes
invoice-pages-label = Más facturas
invoice-paid = Gracias: tu pago se ha realizado y la factura está pagada.
invoice-challenge-heading = Confirma el pago de { $number }
invoice-challenge-body = Tu banco te pide que confirmes este pago de { $amount }. Apruébalo para pagar la factura ahora o recházalo si no lo has solicitado.
