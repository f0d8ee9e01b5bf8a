### LayoutText (th)
## Texts shared by every module page.

layout-session-ended-heading = เซสชันของคุณสิ้นสุดแล้ว
layout-session-ended-advice = เพื่อความปลอดภัยของคุณ เซสชันการเรียกเก็บเงินจะสิ้นสุดเมื่อผ่านไประยะหนึ่งหรือเมื่อคุณกลับไปยังร้านค้า หากต้องการดำเนินการต่อ ให้กลับไปยังร้านค้าแล้วเปิดพอร์ทัลการเรียกเก็บเงินอีกครั้ง
layout-problem-heading = เกิดข้อผิดพลาด
layout-nav-label = การเรียกเก็บเงิน
layout-overview = ภาพรวม
layout-menu = เมนู
layout-language-label = ภาษา
layout-language-button = เปลี่ยนภาษา
layout-terms = ข้อกำหนดในการให้บริการ
layout-privacy = นโยบายความเป็นส่วนตัว
layout-session-ending-soon = เซสชันของคุณจะสิ้นสุดในอีกประมาณ { $minutes } นาที อยู่ในระบบต่อเพื่อเก็บข้อมูลที่คุณพิมพ์ไว้
layout-stay-signed-in = อยู่ในระบบต่อ
layout-back-to-overview = กลับไปที่ภาพรวม
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = ลงชื่อเข้าใช้ในชื่อ { $account }
