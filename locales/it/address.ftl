### AddressText (it)
## The billing address page.

address-field-required = { $field } (obbligatorio)
address-field-optional = { $field } (facoltativo)
address-country = Paese
address-choose-country = Scegli un paese
address-choose-one = Scegli
address-update-fields = Mostra i campi per questo paese
address-fields-updated = Il modulo ora mostra i campi per { $country }. Controllali, poi salva.
address-fields-updated-no-country = Scegli un paese per vederne i campi.
address-line1 = Indirizzo
address-line2 = Interno, scala, edificio
address-city = Città
address-state = Stato
address-province = Provincia
address-prefecture = Prefettura
address-county = Contea
address-region = Stato, provincia o regione
address-zip-code = Codice ZIP
address-postal-code = CAP
address-postal-hint = Ad esempio: { $example }
address-save-button = Salva indirizzo
address-saved = Indirizzo di fatturazione salvato.
