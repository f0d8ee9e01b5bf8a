### AddressText (cs)
## The billing address page.

address-field-required = { $field } (povinné)
address-field-optional = { $field } (nepovinné)
address-country = Země
address-choose-country = Vyberte zemi
address-choose-one = Vyberte
address-update-fields = Zobrazit pole pro tuto zemi
address-fields-updated = Formulář nyní zobrazuje pole pro zemi { $country }. Zkontrolujte je a pak uložte.
address-fields-updated-no-country = Vyberte zemi a zobrazí se její pole.
address-line1 = Ulice a číslo
address-line2 = Byt, patro, budova
address-city = Obec
address-state = Stát
address-province = Provincie
address-prefecture = Prefektura
address-county = Hrabství
address-region = Stát, provincie nebo region
address-zip-code = Kód ZIP
address-postal-code = PSČ
address-postal-hint = Například: { $example }
address-save-button = Uložit adresu
address-saved = Fakturační adresa byla uložena.
