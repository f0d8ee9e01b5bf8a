### AddressText (fi)
## The billing address page.

address-field-required = { $field } (pakollinen)
address-field-optional = { $field } (valinnainen)
address-country = Maa
address-choose-country = Valitse maa
address-choose-one = Valitse
address-update-fields = Näytä tämän maan kentät
address-fields-updated = Lomakkeessa ovat nyt maan { $country } kentät. Tarkista ne ja tallenna.
address-fields-updated-no-country = Valitse maa nähdäksesi sen kentät.
address-line1 = Katuosoite
address-line2 = Huoneisto, rappu, rakennus
address-city = Kaupunki
address-state = Osavaltio
address-province = Provinssi
address-prefecture = Prefektuuri
address-county = Kreivikunta
address-region = Osavaltio, maakunta tai alue
address-zip-code = ZIP-koodi
address-postal-code = Postinumero
address-postal-hint = Esimerkiksi: { $example }
address-save-button = Tallenna osoite
address-saved = Laskutusosoite tallennettu.
