### AddressText (th)
## The billing address page.

address-field-required = { $field } (จำเป็น)
address-field-optional = { $field } (ไม่บังคับ)
address-country = ประเทศ
address-choose-country = เลือกประเทศ
address-choose-one = เลือกหนึ่งรายการ
address-update-fields = แสดงช่องข้อมูลสำหรับประเทศนี้
address-fields-updated = ขณะนี้แบบฟอร์มแสดงช่องข้อมูลสำหรับ { $country } โปรดตรวจสอบ แล้วบันทึก
address-fields-updated-no-country = เลือกประเทศเพื่อดูช่องข้อมูลของประเทศนั้น
address-line1 = ที่อยู่
address-line2 = ห้อง ชั้น อาคาร
address-city = เมือง
address-state = รัฐ
address-province = จังหวัด
address-prefecture = จังหวัด (ญี่ปุ่น)
address-county = เคาน์ตี
address-region = รัฐ จังหวัด หรือภูมิภาค
address-zip-code = รหัส ZIP
address-postal-code = รหัสไปรษณีย์
address-postal-hint = ตัวอย่าง: { $example }
address-save-button = บันทึกที่อยู่
address-saved = บันทึกที่อยู่สำหรับการเรียกเก็บเงินแล้ว
