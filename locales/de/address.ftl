### AddressText (de)
## The billing address page.

address-field-required = { $field } (Pflichtfeld)
address-field-optional = { $field } (optional)
address-country = Land
address-choose-country = Land auswählen
address-choose-one = Bitte auswählen
address-update-fields = Felder für dieses Land anzeigen
address-fields-updated = Das Formular zeigt jetzt die Felder für { $country }. Prüfen Sie sie und speichern Sie dann.
address-fields-updated-no-country = Wählen Sie ein Land, um seine Felder zu sehen.
address-line1 = Straße und Hausnummer
address-line2 = Adresszusatz
address-city = Ort
address-state = Bundesstaat
address-province = Provinz
address-prefecture = Präfektur
address-county = Grafschaft
address-region = Bundesland, Provinz oder Region
address-zip-code = ZIP-Code
address-postal-code = Postleitzahl
address-postal-hint = Zum Beispiel: { $example }
address-save-button = Adresse speichern
address-saved = Rechnungsadresse gespeichert.
