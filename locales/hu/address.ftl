### AddressText (hu)
## The billing address page.

address-field-required = { $field } (kötelező)
address-field-optional = { $field } (nem kötelező)
address-country = Ország
address-choose-country = Válasszon országot
address-choose-one = Válasszon
address-update-fields = Az ország mezőinek megjelenítése
address-fields-updated = Az űrlap most a következő ország mezőit mutatja: { $country }. Ellenőrizze őket, majd mentsen.
address-fields-updated-no-country = Válasszon országot a mezői megjelenítéséhez.
address-line1 = Utca, házszám
address-line2 = Emelet, ajtó, épület
address-city = Település
address-state = Állam
address-province = Tartomány
address-prefecture = Prefektúra
address-county = Megye
address-region = Állam, tartomány vagy régió
address-zip-code = ZIP-kód
address-postal-code = Irányítószám
address-postal-hint = Például: { $example }
address-save-button = Cím mentése
address-saved = A számlázási cím mentve.
