### AddressText (ar)
## The billing address page.

address-field-required = { $field } (مطلوب)
address-field-optional = { $field } (اختياري)
address-country = الدولة
address-choose-country = اختر دولة
address-choose-one = اختر
address-update-fields = عرض حقول هذه الدولة
address-fields-updated = يعرض النموذج الآن حقول { $country }. تحقّق منها ثم احفظ.
address-fields-updated-no-country = اختر دولة لعرض حقولها.
address-line1 = عنوان الشارع
address-line2 = الشقة أو المبنى
address-city = المدينة
address-state = الولاية
address-province = المقاطعة
address-prefecture = المحافظة
address-county = المقاطعة (County)
address-region = الولاية أو المقاطعة أو المنطقة
address-zip-code = الرمز البريدي (ZIP)
address-postal-code = الرمز البريدي
address-postal-hint = مثال: { $example }
address-save-button = حفظ العنوان
address-saved = تم حفظ عنوان الفوترة.
