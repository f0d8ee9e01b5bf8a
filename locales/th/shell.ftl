### Key (th)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = พอร์ทัลลูกค้า Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = ข้ามไปยังเนื้อหาหลัก
shell-footer = การชำระเงินและการเรียกเก็บเงินโดย Paylera
shell-intro-lead = ที่นี่คุณสามารถจัดการการสมัครสมาชิก ใบแจ้งหนี้ และวิธีการชำระเงินกับธุรกิจที่เรียกเก็บเงินคุณผ่าน Paylera
shell-intro-how-to-reach = คุณเข้าสู่พอร์ทัลนี้ผ่านลิงก์ที่ปลอดภัยจากร้านค้าของคุณ ซึ่งก็คือธุรกิจที่คุณซื้อสินค้าหรือบริการ: มองหาลิงก์ “จัดการการเรียกเก็บเงิน” หรือ “พอร์ทัลการเรียกเก็บเงิน” ในแอป เว็บไซต์ หรืออีเมลของร้านค้า ลิงก์นี้จะให้คุณลงชื่อเข้าใช้ได้ชั่วระยะหนึ่ง และไม่มีรหัสผ่าน Paylera ที่ต้องจำ
shell-signed-in-help = เมื่อเสร็จแล้ว ให้กลับไปยังธุรกิจที่คุณมา การกลับไปจะสิ้นสุดการเข้าใช้ที่นี่ หากต้องการกลับมาอีก ให้เปิดพอร์ทัลการเรียกเก็บเงินของธุรกิจนั้นอีกครั้ง
shell-return-to-merchant-button = กลับไปยังร้านค้า
shell-link-expired-heading = ลิงก์นี้หมดอายุหรือถูกใช้ไปแล้ว
shell-link-expired-advice = เพื่อความปลอดภัยของคุณ ลิงก์แต่ละลิงก์ไปยังพอร์ทัลนี้ใช้ได้เพียงครั้งเดียวและในช่วงเวลาสั้นๆ เท่านั้น โปรดกลับไปยังธุรกิจนั้นแล้วเปิดพอร์ทัลการเรียกเก็บเงินอีกครั้งเพื่อรับลิงก์ใหม่
shell-link-rate-limited-heading = ลองหลายครั้งเกินไป โปรดลองอีกครั้งในอีกหนึ่งนาที
shell-link-rate-limited-advice = เราได้รับคำขอเปิดพอร์ทัลนี้มากเกินไป โปรดรอหนึ่งนาที แล้วโหลดหน้านี้ซ้ำ
shell-link-unavailable-heading = เราเปิดพอร์ทัลการเรียกเก็บเงินของคุณไม่ได้
shell-link-unavailable-advice = บริการเรียกเก็บเงินของเราไม่ตอบสนอง โปรดโหลดหน้านี้ซ้ำในอีกสักครู่
# Has the `{ $merchant }` placeholder.
shell-return-to = กลับไปยัง { $merchant }
shell-not-found-heading = ไม่พบหน้านี้
shell-not-found-body = เราไม่พบหน้าที่คุณขอ หากคุณเปิดลิงก์จากธุรกิจที่เรียกเก็บเงินคุณ ลิงก์อาจหมดอายุแล้ว: โปรดขอลิงก์ใหม่จากธุรกิจนั้น
shell-not-found-home-link = ไปที่หน้าแรกของพอร์ทัล
shell-module-subscription-title = การสมัครสมาชิก
shell-module-subscription-description = เปลี่ยนหรือยกเลิกแพ็กเกจของคุณ
shell-module-payment-methods-title = วิธีการชำระเงิน
shell-module-payment-methods-description = เพิ่มหรือเปลี่ยนบัตรหรือบัญชีธนาคารที่คุณใช้ชำระเงิน
shell-module-invoices-title = ใบแจ้งหนี้
shell-module-invoices-description = ดูและดาวน์โหลดใบแจ้งหนี้ที่ผ่านมา
shell-module-tax-ids-title = เลขประจำตัวผู้เสียภาษี
shell-module-tax-ids-description = เพิ่มหรือนำเลขประจำตัวผู้เสียภาษีที่แสดงในใบแจ้งหนี้ของคุณออก
shell-module-address-title = ที่อยู่สำหรับการเรียกเก็บเงิน
shell-module-address-description = อัปเดตที่อยู่ในใบแจ้งหนี้ของคุณ
