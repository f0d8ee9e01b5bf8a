### AddressText (bg)
## The billing address page.

address-field-required = { $field } (задължително)
address-field-optional = { $field } (по избор)
address-country = Държава
address-choose-country = Изберете държава
address-choose-one = Изберете
address-update-fields = Показване на полетата за тази държава
address-fields-updated = Формулярът вече показва полетата за { $country }. Проверете ги и запазете.
address-fields-updated-no-country = Изберете държава, за да видите полетата ѝ.
address-line1 = Улица и номер
address-line2 = Апартамент, вход, сграда
address-city = Населено място
address-state = Щат
address-province = Провинция
address-prefecture = Префектура
address-county = Графство
address-region = Щат, провинция или регион
address-zip-code = Пощенски код (ZIP)
address-postal-code = Пощенски код
address-postal-hint = Например: { $example }
address-save-button = Запазване на адреса
address-saved = Адресът за фактуриране е запазен.
