### AddressText (en)
## The billing address page.

address-field-required = { $field } (required)
address-field-optional = { $field } (optional)
address-country = Country
address-choose-country = Choose a country
address-choose-one = Choose one
address-update-fields = Show the fields for this country
address-fields-updated = The form now shows the fields for { $country }. Check them, then save.
address-fields-updated-no-country = Choose a country to see its fields.
address-line1 = Street address
address-line2 = Apartment, suite, building
address-city = City
address-state = State
address-province = Province
address-prefecture = Prefecture
address-county = County
address-region = State, province or region
address-zip-code = ZIP code
address-postal-code = Postal code
address-postal-hint = For example: { $example }
address-save-button = Save address
address-saved = Billing address saved.
