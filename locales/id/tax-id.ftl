### TaxIdText (id)
## The tax IDs page.

tax-id-list-heading = Nomor pajak Anda
tax-id-empty = Anda belum menambahkan nomor pajak.
tax-id-column-type = Jenis
tax-id-column-number = Nomor
tax-id-column-status = Verifikasi
tax-id-column-actions = Tindakan
tax-id-unverified = Belum diverifikasi
tax-id-pending = Verifikasi tertunda
tax-id-verified = Terverifikasi
tax-id-unavailable = Verifikasi tidak tersedia
tax-id-remove-number = Hapus { $number }
tax-id-confirm-heading = Hapus nomor pajak ini?
tax-id-confirm-text = { $number } tidak akan lagi tercantum pada faktur Anda.
tax-id-confirm-button = Ya, hapus { $number }
tax-id-keep = Pertahankan
tax-id-add-heading = Tambahkan nomor pajak
tax-id-type-label = Jenis (wajib)
tax-id-type-option = { $type } (mis. { $example })
tax-id-value-label = Nomor (wajib)
tax-id-value-hint = { $type }: misalnya { $example }. Spasi, titik, dan tanda hubung diabaikan.
tax-id-add-button = Tambahkan nomor pajak
tax-id-added = Nomor pajak ditambahkan.
tax-id-removed = Nomor pajak dihapus.
