### TaxIdText (tr)
## The tax IDs page.

tax-id-list-heading = Vergi numaralarınız
tax-id-empty = Henüz bir vergi numarası eklemediniz.
tax-id-column-type = Tür
tax-id-column-number = Numara
tax-id-column-status = Doğrulama
tax-id-column-actions = İşlemler
tax-id-unverified = Doğrulanmadı
tax-id-pending = Doğrulama bekleniyor
tax-id-verified = Doğrulandı
tax-id-unavailable = Doğrulama yapılamıyor
tax-id-remove-number = { $number } numarasını kaldır
tax-id-confirm-heading = Bu vergi numarası kaldırılsın mı?
tax-id-confirm-text = { $number } artık faturalarınızda görünmeyecek.
tax-id-confirm-button = Evet, { $number } numarasını kaldır
tax-id-keep = Kalsın
tax-id-add-heading = Vergi numarası ekle
tax-id-type-label = Tür (zorunlu)
tax-id-type-option = { $type } (ör. { $example })
tax-id-value-label = Numara (zorunlu)
tax-id-value-hint = { $type }: örneğin { $example }. Boşluklar, noktalar ve kısa çizgiler yok sayılır.
tax-id-add-button = Vergi numarasını ekle
tax-id-added = Vergi numarası eklendi.
tax-id-removed = Vergi numarası kaldırıldı.
