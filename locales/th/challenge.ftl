### ChallengeText (th)
## The bank challenge's texts, the same on every page.

challenge-test-notice = โหมดทดสอบ: ขั้นตอนนี้ใช้แทนการตรวจสอบของธนาคารของคุณ (3-D Secure) เลือกคำตอบที่ธนาคารของคุณจะให้
challenge-approve = อนุมัติ
challenge-refuse = ปฏิเสธ
