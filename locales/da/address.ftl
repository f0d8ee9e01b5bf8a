### AddressText (da)
## The billing address page.

address-field-required = { $field } (påkrævet)
address-field-optional = { $field } (valgfrit)
address-country = Land
address-choose-country = Vælg et land
address-choose-one = Vælg
address-update-fields = Vis felterne for dette land
address-fields-updated = Formularen viser nu felterne for { $country }. Kontrollér dem, og gem derefter.
address-fields-updated-no-country = Vælg et land for at se dets felter.
address-line1 = Adresse
address-line2 = Etage, dør, bygning
address-city = By
address-state = Delstat
address-province = Provins
address-prefecture = Præfektur
address-county = Grevskab
address-region = Delstat, provins eller region
address-zip-code = ZIP-kode
address-postal-code = Postnummer
address-postal-hint = For eksempel: { $example }
address-save-button = Gem adressen
address-saved = Faktureringsadressen er gemt.
