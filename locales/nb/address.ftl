### AddressText (nb)
## The billing address page.

address-field-required = { $field } (påkrevd)
address-field-optional = { $field } (valgfritt)
address-country = Land
address-choose-country = Velg et land
address-choose-one = Velg
address-update-fields = Vis feltene for dette landet
address-fields-updated = Skjemaet viser nå feltene for { $country }. Kontroller dem, og lagre deretter.
address-fields-updated-no-country = Velg et land for å se feltene.
address-line1 = Gateadresse
address-line2 = Leilighet, etasje, bygning
address-city = Sted
address-state = Delstat
address-province = Provins
address-prefecture = Prefektur
address-county = Grevskap
address-region = Delstat, provins eller region
address-zip-code = ZIP-kode
address-postal-code = Postnummer
address-postal-hint = For eksempel: { $example }
address-save-button = Lagre adressen
address-saved = Fakturaadressen er lagret.
