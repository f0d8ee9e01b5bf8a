### AddressText (sk)
## The billing address page.

address-field-required = { $field } (povinné)
address-field-optional = { $field } (nepovinné)
address-country = Krajina
address-choose-country = Vyberte krajinu
address-choose-one = Vyberte
address-update-fields = Zobraziť polia pre túto krajinu
address-fields-updated = Formulár teraz zobrazuje polia pre krajinu { $country }. Skontrolujte ich a potom uložte.
address-fields-updated-no-country = Vyberte krajinu, aby sa zobrazili jej polia.
address-line1 = Ulica a číslo
address-line2 = Byt, vchod, budova
address-city = Mesto
address-state = Štát
address-province = Provincia
address-prefecture = Prefektúra
address-county = Grófstvo
address-region = Štát, provincia alebo región
address-zip-code = PSČ (ZIP)
address-postal-code = PSČ
address-postal-hint = Napríklad: { $example }
address-save-button = Uložiť adresu
address-saved = Fakturačná adresa bola uložená.
