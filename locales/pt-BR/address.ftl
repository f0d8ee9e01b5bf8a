### AddressText (pt-BR)
## The billing address page.

address-field-required = { $field } (obrigatório)
address-field-optional = { $field } (opcional)
address-country = País
address-choose-country = Escolha um país
address-choose-one = Escolha
address-update-fields = Mostrar os campos deste país
address-fields-updated = O formulário agora mostra os campos para { $country }. Confira e depois salve.
address-fields-updated-no-country = Escolha um país para ver os campos dele.
address-line1 = Endereço
address-line2 = Complemento
address-city = Cidade
address-state = Estado
address-province = Província
address-prefecture = Província
address-county = Condado
address-region = Estado, província ou região
address-zip-code = Código ZIP
address-postal-code = CEP
address-postal-hint = Por exemplo: { $example }
address-save-button = Salvar endereço
address-saved = Endereço de cobrança salvo.
