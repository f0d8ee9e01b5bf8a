### PaymentMethodsText (th)
## The payment methods pages' texts.

payment-methods-intro = บัตรเริ่มต้นของคุณใช้ชำระค่าสมัครสมาชิกและใบแจ้งหนี้
payment-methods-cards-heading = บัตรของคุณ
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } ลงท้ายด้วย { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = บัตร
# `{ $date }`: the expiry month and year.
payment-methods-expires = หมดอายุ { $date }
payment-methods-default-badge = ค่าเริ่มต้น
payment-methods-awaiting-bank-badge = ยังไม่ยืนยัน
payment-methods-awaiting-bank-note = ธนาคารของคุณยังไม่ได้ยืนยันบัตรนี้ จึงยังใช้บัตรนี้ไม่ได้
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = ยืนยัน { $card } กับธนาคารของคุณ
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = ตั้ง { $card } เป็นค่าเริ่มต้น
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = นำ { $card } ออก
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = บัตรนี้ใช้ชำระค่าสมัครสมาชิกของคุณ จึงนำออกเพียงใบเดียวไม่ได้ หากต้องการเปลี่ยน ให้เพิ่มบัตรใหม่ก่อน แล้วจึงนำบัตรนี้ออก
payment-methods-no-cards = คุณยังไม่มีบัตรที่บันทึกไว้
# The link to the add-card page and that page's heading.
payment-methods-add-card = เพิ่มบัตร
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = นำ { $card } ออกหรือไม่
payment-methods-remove-body = คุณจะชำระเงินด้วยบัตรนี้ไม่ได้อีก หากต้องการใช้อีกครั้ง คุณจะต้องเพิ่มบัตรใหม่
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } จะกลายเป็นบัตรเริ่มต้นของคุณ
payment-methods-remove-none-left = คุณจะไม่มีบัตรเหลือสำหรับชำระเงิน
payment-methods-keep-card = เก็บบัตรนี้ไว้
payment-methods-done-card-added = เพิ่มบัตรของคุณแล้ว
payment-methods-done-card-added-default = เพิ่มบัตรของคุณแล้ว และตอนนี้เป็นบัตรเริ่มต้นของคุณ
payment-methods-done-default-changed = เปลี่ยนบัตรเริ่มต้นของคุณแล้ว
payment-methods-done-card-removed = นำบัตรออกแล้ว
payment-methods-number-label = หมายเลขบัตร
payment-methods-expiry-legend = วันหมดอายุ
payment-methods-expiry-month-label = เดือน (MM)
payment-methods-expiry-year-label = ปี (YYYY)
payment-methods-cvc-label = รหัสความปลอดภัย (CVC)
payment-methods-cvc-hint = ตัวเลข 3 หลักที่ด้านหลังบัตร หรือ 4 หลักที่ด้านหน้าสำหรับ American Express
# After the label of a required field.
payment-methods-required = (จำเป็น)
payment-methods-make-default-label = ตั้งเป็นบัตรเริ่มต้นของฉัน
payment-methods-submit-add = เพิ่มบัตร
payment-methods-back-to-list = กลับไปที่วิธีการชำระเงิน
payment-methods-kept-details = หมายเลขบัตรและรหัสความปลอดภัยของคุณจะส่งไปยังผู้ประมวลผลการชำระเงินเท่านั้น: พอร์ทัลนี้ไม่เคยจัดเก็บหรือแสดงข้อมูลเหล่านี้
payment-methods-challenge-heading = ยืนยันกับธนาคารของคุณ
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = ธนาคารของคุณขอให้ยืนยัน { $card } ก่อนจึงจะใช้บัตรได้
