### AddressText (sv)
## The billing address page.

address-field-required = { $field } (obligatoriskt)
address-field-optional = { $field } (valfritt)
address-country = Land
address-choose-country = Välj ett land
address-choose-one = Välj
address-update-fields = Visa fälten för det här landet
address-fields-updated = Formuläret visar nu fälten för { $country }. Kontrollera dem och spara sedan.
address-fields-updated-no-country = Välj ett land för att se dess fält.
address-line1 = Gatuadress
address-line2 = Lägenhet, våning, byggnad
address-city = Ort
address-state = Delstat
address-province = Provins
address-prefecture = Prefektur
address-county = Grevskap
address-region = Delstat, provins eller region
address-zip-code = ZIP-kod
address-postal-code = Postnummer
address-postal-hint = Till exempel: { $example }
address-save-button = Spara adressen
address-saved = Faktureringsadressen har sparats.
