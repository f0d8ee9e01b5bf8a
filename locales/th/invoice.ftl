### InvoiceText (th)
## The invoices page's texts.

invoice-caption = ใบแจ้งหนี้ของคุณ เรียงจากล่าสุด
invoice-column-number = เลขที่ใบแจ้งหนี้
invoice-column-date = วันที่
invoice-column-amount = จำนวนเงิน
invoice-column-status = สถานะ
invoice-column-actions = การดำเนินการ
invoice-state-draft = ฉบับร่าง
invoice-state-due = ถึงกำหนดชำระ
invoice-state-payment-failed = การชำระเงินไม่สำเร็จ
invoice-state-paid = ชำระแล้ว
invoice-state-void = ยกเลิกแล้ว
invoice-state-uncollectible = เรียกเก็บไม่ได้
invoice-download-pdf = ดาวน์โหลด { $number } (PDF)
invoice-download-receipt = ดาวน์โหลดใบเสร็จของ { $number } (PDF)
invoice-retry-payment = ลองชำระ { $number } อีกครั้ง
invoice-empty = คุณยังไม่มีใบแจ้งหนี้
invoice-older-invoices = ใบแจ้งหนี้ที่เก่ากว่า
invoice-newest-invoices = ใบแจ้งหนี้ล่าสุด
invoice-pages-label = ใบแจ้งหนี้เพิ่มเติม
invoice-paid = ขอบคุณ: การชำระเงินของคุณสำเร็จและชำระใบแจ้งหนี้เรียบร้อยแล้ว
invoice-challenge-heading = ยืนยันการชำระ { $number }
invoice-challenge-body = ธนาคารของคุณขอให้ยืนยันการชำระเงิน { $amount } นี้ อนุมัติเพื่อชำระใบแจ้งหนี้ทันที หรือปฏิเสธหากคุณไม่ได้เป็นผู้ทำรายการ
