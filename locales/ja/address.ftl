### AddressText (ja)
## The billing address page.

address-field-required = { $field } (必須)
address-field-optional = { $field } (任意)
address-country = 国
address-choose-country = 国を選択
address-choose-one = 選択してください
address-update-fields = この国の入力欄を表示
address-fields-updated = { $country } の入力欄を表示しています。内容を確認してから保存してください。
address-fields-updated-no-country = 入力欄を表示するには国を選択してください。
address-line1 = 番地
address-line2 = 建物名・部屋番号
address-city = 市区町村
address-state = 州
address-province = 州・県
address-prefecture = 都道府県
address-county = 州 (County)
address-region = 州・県・地域
address-zip-code = ZIP コード
address-postal-code = 郵便番号
address-postal-hint = 例: { $example }
address-save-button = 住所を保存
address-saved = 請求先住所を保存しました。
