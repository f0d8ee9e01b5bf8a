### AddressText (he)
## The billing address page.

address-field-required = { $field } (חובה)
address-field-optional = { $field } (רשות)
address-country = מדינה
address-choose-country = בחירת מדינה
address-choose-one = יש לבחור
address-update-fields = הצגת השדות של מדינה זו
address-fields-updated = הטופס מציג כעת את השדות של { $country }. יש לבדוק אותם ואז לשמור.
address-fields-updated-no-country = יש לבחור מדינה כדי לראות את השדות שלה.
address-line1 = כתובת
address-line2 = דירה, כניסה, בניין
address-city = עיר
address-state = מדינה (State)
address-province = מחוז
address-prefecture = מחוז (Prefecture)
address-county = מחוז (County)
address-region = מדינה, מחוז או אזור
address-zip-code = מיקוד (ZIP)
address-postal-code = מיקוד
address-postal-hint = לדוגמה: { $example }
address-save-button = שמירת הכתובת
address-saved = כתובת החיוב נשמרה.
