### HomeText (th)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = ภาพรวมการเรียกเก็บเงิน
home-next-charge-label = การเรียกเก็บเงินครั้งถัดไป
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } ในวันที่ { $date }
home-manage-subscriptions = จัดการการสมัครสมาชิก
home-default-card-label = วิธีการชำระเงินเริ่มต้น
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = หมดอายุ { $date }
home-no-card = ยังไม่มีวิธีการชำระเงินที่บันทึกไว้
home-manage-cards = จัดการวิธีการชำระเงิน
home-add-card = เพิ่มบัตร
home-billing-heading = ข้อมูลการเรียกเก็บเงิน
home-name-label = ชื่อ
home-email-label = อีเมล
home-address-label = ที่อยู่สำหรับการเรียกเก็บเงิน
home-no-address = ยังไม่มีที่อยู่สำหรับการเรียกเก็บเงิน
home-edit-address = อัปเดตที่อยู่สำหรับการเรียกเก็บเงิน
home-tax-ids-label = เลขประจำตัวผู้เสียภาษี
home-no-tax-ids = ไม่มี
home-manage-tax-ids = จัดการเลขประจำตัวผู้เสียภาษี
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = ใบแจ้งหนี้ { $number } จำนวน { $amount } ยังไม่ได้ชำระ
home-pay-now = ชำระเงินทันที
home-latest-invoices = ใบแจ้งหนี้ล่าสุด
home-all-invoices = ดูใบแจ้งหนี้ทั้งหมด
home-done-heading = เสร็จแล้วหรือยัง
