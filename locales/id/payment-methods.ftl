### PaymentMethodsText (id)
## The payment methods pages' texts.

payment-methods-intro = Kartu default Anda digunakan untuk membayar langganan dan faktur Anda.
payment-methods-cards-heading = Kartu Anda
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } berakhiran { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kartu
# `{ $date }`: the expiry month and year.
payment-methods-expires = Berlaku hingga { $date }
payment-methods-default-badge = Default
payment-methods-awaiting-bank-badge = Belum dikonfirmasi
payment-methods-awaiting-bank-note = Bank Anda belum mengonfirmasi kartu ini, sehingga kartu ini belum dapat digunakan.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Konfirmasi { $card } ke bank Anda
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Jadikan { $card } sebagai default
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Hapus { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Kartu ini digunakan untuk membayar langganan Anda, sehingga tidak dapat dihapus begitu saja. Untuk menggantinya, tambahkan kartu baru terlebih dahulu, lalu hapus kartu ini.
payment-methods-no-cards = Anda belum memiliki kartu yang tersimpan.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Tambahkan kartu
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Hapus { $card }?
payment-methods-remove-body = Anda tidak akan dapat membayar dengan kartu ini lagi. Untuk menggunakannya kembali, Anda harus menambahkannya lagi.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } akan menjadi kartu default Anda.
payment-methods-remove-none-left = Anda tidak akan memiliki kartu lagi untuk membayar.
payment-methods-keep-card = Pertahankan kartu ini
payment-methods-done-card-added = Kartu Anda telah ditambahkan.
payment-methods-done-card-added-default = Kartu Anda telah ditambahkan dan kini menjadi kartu default Anda.
payment-methods-done-default-changed = Kartu default Anda telah diubah.
payment-methods-done-card-removed = Kartu telah dihapus.
payment-methods-number-label = Nomor kartu
payment-methods-expiry-legend = Tanggal kedaluwarsa
payment-methods-expiry-month-label = Bulan (BB)
payment-methods-expiry-year-label = Tahun (TTTT)
payment-methods-cvc-label = Kode keamanan (CVC)
payment-methods-cvc-hint = 3 digit di bagian belakang kartu, atau 4 digit di bagian depan untuk American Express.
# After the label of a required field.
payment-methods-required = (wajib)
payment-methods-make-default-label = Jadikan kartu default saya
payment-methods-submit-add = Tambahkan kartu
payment-methods-back-to-list = Kembali ke metode pembayaran
payment-methods-kept-details = Nomor kartu dan kode keamanan Anda hanya dikirim ke pemroses pembayaran: portal ini tidak pernah menyimpan atau menampilkannya.
payment-methods-challenge-heading = Konfirmasi ke bank Anda
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Bank Anda meminta Anda mengonfirmasi { $card } sebelum kartu ini dapat digunakan.
