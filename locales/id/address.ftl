### AddressText (id)
## The billing address page.

address-field-required = { $field } (wajib)
address-field-optional = { $field } (opsional)
address-country = Negara
address-choose-country = Pilih negara
address-choose-one = Pilih salah satu
address-update-fields = Tampilkan kolom untuk negara ini
address-fields-updated = Formulir kini menampilkan kolom untuk { $country }. Periksa, lalu simpan.
address-fields-updated-no-country = Pilih negara untuk melihat kolomnya.
address-line1 = Alamat jalan
address-line2 = Apartemen, unit, gedung
address-city = Kota
address-state = Negara bagian
address-province = Provinsi
address-prefecture = Prefektur
address-county = County
address-region = Negara bagian, provinsi, atau wilayah
address-zip-code = Kode ZIP
address-postal-code = Kode pos
address-postal-hint = Contoh: { $example }
address-save-button = Simpan alamat
address-saved = Alamat penagihan disimpan.
