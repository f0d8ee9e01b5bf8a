### InvoiceDocumentText (th)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = ใบแจ้งหนี้
invoice-document-receipt = ใบเสร็จรับเงิน
invoice-document-bill-to = เรียกเก็บจาก
invoice-document-date-of-issue = วันที่ออก
invoice-document-due-date = วันครบกำหนด
invoice-document-period = ระยะเวลาบริการ
invoice-document-description = รายการ
invoice-document-qty = จำนวน
invoice-document-unit-price = ราคาต่อหน่วย
invoice-document-amount = จำนวนเงิน
invoice-document-subtotal = ยอดรวมย่อย
invoice-document-tax = ภาษี
invoice-document-total = ยอดรวม
invoice-document-amount-paid = ชำระแล้ว
invoice-document-amount-due = ยอดค้างชำระ
invoice-document-page = หน้า
invoice-document-status-draft = ฉบับร่าง
invoice-document-status-open = ค้างชำระ
invoice-document-status-paid = ชำระแล้ว
invoice-document-status-void = ยกเลิก
invoice-document-status-uncollectible = เรียกเก็บไม่ได้
invoice-document-credit-applied = ใช้เครดิตลูกค้า: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = เลขที่ใบแจ้งหนี้
invoice-document-paid-on = ชำระเมื่อ
invoice-document-payment-method = วิธีชำระเงิน
invoice-document-card = { $brand } ลงท้ายด้วย { $last4 }
