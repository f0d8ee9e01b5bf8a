### AddressText (nl)
## The billing address page.

address-field-required = { $field } (verplicht)
address-field-optional = { $field } (optioneel)
address-country = Land
address-choose-country = Kies een land
address-choose-one = Maak een keuze
address-update-fields = Velden voor dit land tonen
address-fields-updated = Het formulier toont nu de velden voor { $country }. Controleer ze en sla daarna op.
address-fields-updated-no-country = Kies een land om de velden ervan te zien.
address-line1 = Straat en huisnummer
address-line2 = Toevoeging
address-city = Plaats
address-state = Staat
address-province = Provincie
address-prefecture = Prefectuur
address-county = Graafschap
address-region = Staat, provincie of regio
address-zip-code = ZIP-code
address-postal-code = Postcode
address-postal-hint = Bijvoorbeeld: { $example }
address-save-button = Adres opslaan
address-saved = Factuuradres opgeslagen.
