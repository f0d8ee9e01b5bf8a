### InvoiceText (id)
## The invoices page's texts.

invoice-caption = Faktur Anda, dari yang terbaru
invoice-column-number = Nomor faktur
invoice-column-date = Tanggal
invoice-column-amount = Jumlah
invoice-column-status = Status
invoice-column-actions = Tindakan
invoice-state-draft = Draf
invoice-state-due = Jatuh tempo
invoice-state-payment-failed = Pembayaran gagal
invoice-state-paid = Lunas
invoice-state-void = Dibatalkan
invoice-state-uncollectible = Tidak tertagih
invoice-download-pdf = Unduh { $number } (PDF)
invoice-download-receipt = Unduh kuitansi { $number } (PDF)
invoice-retry-payment = Coba lagi pembayaran { $number }
invoice-empty = Anda belum memiliki faktur.
invoice-older-invoices = Faktur lebih lama
invoice-newest-invoices = Faktur terbaru
invoice-pages-label = Faktur lainnya
invoice-paid = Terima kasih: pembayaran Anda berhasil dan faktur telah lunas.
invoice-challenge-heading = Konfirmasi pembayaran { $number }
invoice-challenge-body = Bank Anda meminta Anda mengonfirmasi pembayaran sebesar { $amount } ini. Setujui untuk membayar faktur sekarang, atau tolak jika Anda tidak memintanya.
