### HomeText (zh-Hans)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = 账单概览
home-next-charge-label = 下次扣款
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = 将于 { $date } 扣款 { $amount }
home-manage-subscriptions = 管理订阅
home-default-card-label = 默认付款方式
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = 有效期至 { $date }
home-no-card = 尚未保存付款方式。
home-manage-cards = 管理付款方式
home-add-card = 添加卡
home-billing-heading = 账单信息
home-name-label = 姓名
home-email-label = 电子邮件
home-address-label = 账单地址
home-no-address = 尚未添加账单地址。
home-edit-address = 更新账单地址
home-tax-ids-label = 税号
home-no-tax-ids = 无
home-manage-tax-ids = 管理税号
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = 发票 { $number }（{ $amount }）尚未支付。
home-pay-now = 立即支付
home-latest-invoices = 最新发票
home-all-invoices = 查看全部发票
home-done-heading = 操作完成了吗？
