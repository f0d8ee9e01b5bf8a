### AddressText (fr)
## The billing address page.

address-field-required = { $field } (obligatoire)
address-field-optional = { $field } (facultatif)
address-country = Pays
address-choose-country = Choisissez un pays
address-choose-one = Choisissez
address-update-fields = Afficher les champs de ce pays
address-fields-updated = Le formulaire affiche maintenant les champs pour { $country }. Vérifiez-les, puis enregistrez.
address-fields-updated-no-country = Choisissez un pays pour afficher ses champs.
address-line1 = Adresse
address-line2 = Appartement, bâtiment, étage
address-city = Ville
address-state = État
address-province = Province
address-prefecture = Préfecture
address-county = Comté
address-region = État, province ou région
address-zip-code = Code ZIP
address-postal-code = Code postal
address-postal-hint = Par exemple : { $example }
address-save-button = Enregistrer l'adresse
address-saved = Adresse de facturation enregistrée.
