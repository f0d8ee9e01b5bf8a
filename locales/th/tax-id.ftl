### TaxIdText (th)
## The tax IDs page.

tax-id-list-heading = เลขประจำตัวผู้เสียภาษีของคุณ
tax-id-empty = คุณยังไม่ได้เพิ่มเลขประจำตัวผู้เสียภาษี
tax-id-column-type = ประเภท
tax-id-column-number = หมายเลข
tax-id-column-status = การตรวจสอบ
tax-id-column-actions = การดำเนินการ
tax-id-unverified = ยังไม่ได้ตรวจสอบ
tax-id-pending = รอการตรวจสอบ
tax-id-verified = ตรวจสอบแล้ว
tax-id-unavailable = ตรวจสอบไม่ได้
tax-id-remove-number = นำ { $number } ออก
tax-id-confirm-heading = นำเลขประจำตัวผู้เสียภาษีนี้ออกหรือไม่
tax-id-confirm-text = { $number } จะไม่แสดงในใบแจ้งหนี้ของคุณอีก
tax-id-confirm-button = ใช่ นำ { $number } ออก
tax-id-keep = เก็บไว้
tax-id-add-heading = เพิ่มเลขประจำตัวผู้เสียภาษี
tax-id-type-label = ประเภท (จำเป็น)
tax-id-type-option = { $type } (เช่น { $example })
tax-id-value-label = หมายเลข (จำเป็น)
tax-id-value-hint = { $type }: ตัวอย่างเช่น { $example } ระบบจะไม่สนใจช่องว่าง จุด และขีดกลาง
tax-id-add-button = เพิ่มเลขประจำตัวผู้เสียภาษี
tax-id-added = เพิ่มเลขประจำตัวผู้เสียภาษีแล้ว
tax-id-removed = นำเลขประจำตัวผู้เสียภาษีออกแล้ว
