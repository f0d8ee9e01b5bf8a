### AddressText (es)
## The billing address page.

address-field-required = { $field } (obligatorio)
address-field-optional = { $field } (opcional)
address-country = País
address-choose-country = Elige un país
address-choose-one = Elige uno
address-update-fields = Mostrar los campos de este país
address-fields-updated = El formulario muestra ahora los campos de { $country }. Revísalos y guarda.
address-fields-updated-no-country = Elige un país para ver sus campos.
address-line1 = Dirección
address-line2 = Piso, puerta, edificio
address-city = Ciudad
address-state = Estado
address-province = Provincia
address-prefecture = Prefectura
address-county = Condado
address-region = Estado, provincia o región
address-zip-code = Código ZIP
address-postal-code = Código postal
address-postal-hint = Por ejemplo: { $example }
address-save-button = Guardar dirección
address-saved = Dirección de facturación guardada.
