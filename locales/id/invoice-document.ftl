### InvoiceDocumentText (id)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Faktur
invoice-document-receipt = Kuitansi
invoice-document-bill-to = Ditagihkan kepada
invoice-document-date-of-issue = Tanggal terbit
invoice-document-due-date = Jatuh tempo
invoice-document-period = Periode layanan
invoice-document-description = Deskripsi
invoice-document-qty = Jml
invoice-document-unit-price = Harga satuan
invoice-document-amount = Jumlah
invoice-document-subtotal = Subtotal
invoice-document-tax = Pajak
invoice-document-total = Total
invoice-document-amount-paid = Jumlah dibayar
invoice-document-amount-due = Jumlah terutang
invoice-document-page = Halaman
invoice-document-status-draft = Draf
invoice-document-status-open = Belum dibayar
invoice-document-status-paid = Lunas
invoice-document-status-void = Dibatalkan
invoice-document-status-uncollectible = Tak tertagih
invoice-document-credit-applied = Kredit pelanggan diterapkan: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Nomor faktur
invoice-document-paid-on = Dibayar pada
invoice-document-payment-method = Metode pembayaran
invoice-document-card = { $brand } berakhiran { $last4 }
