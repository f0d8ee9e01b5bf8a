### AddressText (zh-Hans)
## The billing address page.

address-field-required = { $field }（必填）
address-field-optional = { $field }（选填）
address-country = 国家/地区
address-choose-country = 选择国家/地区
address-choose-one = 请选择
address-update-fields = 显示该国家/地区的字段
address-fields-updated = 表单现在显示 { $country } 的字段。请检查后保存。
address-fields-updated-no-country = 请选择国家/地区以查看其字段。
address-line1 = 街道地址
address-line2 = 公寓、单元、楼栋
address-city = 城市
address-state = 州
address-province = 省
address-prefecture = 都道府县
address-county = 郡
address-region = 州/省/地区
address-zip-code = 邮政编码 (ZIP)
address-postal-code = 邮政编码
address-postal-hint = 例如：{ $example }
address-save-button = 保存地址
address-saved = 账单地址已保存。
