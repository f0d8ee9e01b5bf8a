### AddressText (pl)
## The billing address page.

address-field-required = { $field } (wymagane)
address-field-optional = { $field } (opcjonalne)
address-country = Kraj
address-choose-country = Wybierz kraj
address-choose-one = Wybierz
address-update-fields = Pokaż pola dla tego kraju
address-fields-updated = Formularz pokazuje teraz pola dla kraju { $country }. Sprawdź je, a następnie zapisz.
address-fields-updated-no-country = Wybierz kraj, aby zobaczyć jego pola.
address-line1 = Ulica i numer
address-line2 = Mieszkanie, lokal, budynek
address-city = Miejscowość
address-state = Stan
address-province = Prowincja
address-prefecture = Prefektura
address-county = Hrabstwo
address-region = Stan, prowincja lub region
address-zip-code = Kod ZIP
address-postal-code = Kod pocztowy
address-postal-hint = Na przykład: { $example }
address-save-button = Zapisz adres
address-saved = Adres rozliczeniowy został zapisany.
