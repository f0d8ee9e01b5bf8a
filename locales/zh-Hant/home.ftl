### HomeText (zh-Hant)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = 帳單總覽
home-next-charge-label = 下次扣款
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = 將於 { $date } 扣款 { $amount }
home-manage-subscriptions = 管理訂閱
home-default-card-label = 預設付款方式
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = 有效期限至 { $date }
home-no-card = 尚未儲存付款方式。
home-manage-cards = 管理付款方式
home-add-card = 新增卡片
home-billing-heading = 帳單資訊
home-name-label = 姓名
home-email-label = 電子郵件
home-address-label = 帳單地址
home-no-address = 尚未新增帳單地址。
home-edit-address = 更新帳單地址
home-tax-ids-label = 稅務編號
home-no-tax-ids = 無
home-manage-tax-ids = 管理稅務編號
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = 發票 { $number }（{ $amount }）尚未付款。
home-pay-now = 立即付款
home-latest-invoices = 最新發票
home-all-invoices = 查看所有發票
home-done-heading = 操作完成了嗎？
