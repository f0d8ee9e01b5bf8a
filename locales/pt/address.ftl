### AddressText (pt)
## The billing address page.

address-field-required = { $field } (obrigatório)
address-field-optional = { $field } (opcional)
address-country = País
address-choose-country = Escolha um país
address-choose-one = Escolha
address-update-fields = Mostrar os campos deste país
address-fields-updated = O formulário mostra agora os campos para { $country }. Verifique-os e depois guarde.
address-fields-updated-no-country = Escolha um país para ver os respetivos campos.
address-line1 = Morada
address-line2 = Andar, porta, edifício
address-city = Localidade
address-state = Estado
address-province = Província
address-prefecture = Prefeitura
address-county = Condado
address-region = Estado, província ou região
address-zip-code = Código ZIP
address-postal-code = Código postal
address-postal-hint = Por exemplo: { $example }
address-save-button = Guardar morada
address-saved = Morada de faturação guardada.
