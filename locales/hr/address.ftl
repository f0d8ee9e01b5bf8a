### AddressText (hr)
## The billing address page.

address-field-required = { $field } (obavezno)
address-field-optional = { $field } (neobavezno)
address-country = Država
address-choose-country = Odaberite državu
address-choose-one = Odaberite
address-update-fields = Prikaži polja za ovu državu
address-fields-updated = Obrazac sada prikazuje polja za državu { $country }. Provjerite ih, a zatim spremite.
address-fields-updated-no-country = Odaberite državu da biste vidjeli njezina polja.
address-line1 = Ulica i kućni broj
address-line2 = Stan, ulaz, zgrada
address-city = Grad
address-state = Savezna država
address-province = Pokrajina
address-prefecture = Prefektura
address-county = Okrug
address-region = Savezna država, pokrajina ili regija
address-zip-code = Poštanski broj (ZIP)
address-postal-code = Poštanski broj
address-postal-hint = Na primjer: { $example }
address-save-button = Spremi adresu
address-saved = Adresa za naplatu je spremljena.
