### AddressText (zh-Hant)
## The billing address page.

address-field-required = { $field }（必填）
address-field-optional = { $field }（選填）
address-country = 國家/地區
address-choose-country = 選擇國家/地區
address-choose-one = 請選擇
address-update-fields = 顯示該國家/地區的欄位
address-fields-updated = 表單現在顯示 { $country } 的欄位。請檢查後儲存。
address-fields-updated-no-country = 請選擇國家/地區以查看其欄位。
address-line1 = 街道地址
address-line2 = 公寓、單位、大樓
address-city = 城市
address-state = 州
address-province = 省
address-prefecture = 都道府縣
address-county = 郡
address-region = 州/省/地區
address-zip-code = 郵遞區號 (ZIP)
address-postal-code = 郵遞區號
address-postal-hint = 例如：{ $example }
address-save-button = 儲存地址
address-saved = 帳單地址已儲存。
