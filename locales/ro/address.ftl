### AddressText (ro)
## The billing address page.

address-field-required = { $field } (obligatoriu)
address-field-optional = { $field } (opțional)
address-country = Țară
address-choose-country = Alegeți o țară
address-choose-one = Alegeți
address-update-fields = Afișați câmpurile pentru această țară
address-fields-updated = Formularul afișează acum câmpurile pentru { $country }. Verificați-le, apoi salvați.
address-fields-updated-no-country = Alegeți o țară pentru a vedea câmpurile acesteia.
address-line1 = Stradă și număr
address-line2 = Apartament, scară, bloc
address-city = Localitate
address-state = Stat
address-province = Provincie
address-prefecture = Prefectură
address-county = Comitat
address-region = Stat, provincie sau regiune
address-zip-code = Cod ZIP
address-postal-code = Cod poștal
address-postal-hint = De exemplu: { $example }
address-save-button = Salvați adresa
address-saved = Adresa de facturare a fost salvată.
