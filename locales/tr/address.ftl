### AddressText (tr)
## The billing address page.

address-field-required = { $field } (zorunlu)
address-field-optional = { $field } (isteğe bağlı)
address-country = Ülke
address-choose-country = Bir ülke seçin
address-choose-one = Seçin
address-update-fields = Bu ülkenin alanlarını göster
address-fields-updated = Form artık { $country } için alanları gösteriyor. Kontrol edip kaydedin.
address-fields-updated-no-country = Alanlarını görmek için bir ülke seçin.
address-line1 = Sokak adresi
address-line2 = Daire, kat, bina
address-city = Şehir
address-state = Eyalet
address-province = İl
address-prefecture = Prefektörlük
address-county = Kontluk
address-region = Eyalet, il veya bölge
address-zip-code = ZIP kodu
address-postal-code = Posta kodu
address-postal-hint = Örneğin: { $example }
address-save-button = Adresi kaydet
address-saved = Fatura adresi kaydedildi.
