### InvoiceText (zh-Hans)
## The invoices page's texts.

invoice-caption = 您的发票（从新到旧）
invoice-column-number = 发票编号
invoice-column-date = 日期
invoice-column-amount = 金额
invoice-column-status = 状态
invoice-column-actions = 操作
invoice-state-draft = 草稿
invoice-state-due = 待支付
invoice-state-payment-failed = 付款失败
invoice-state-paid = 已支付
invoice-state-void = 已作废
invoice-state-uncollectible = 无法收回
invoice-download-pdf = 下载 { $number }（PDF）
invoice-download-receipt = 下载 { $number } 的收据（PDF）
invoice-retry-payment = 重新支付 { $number }
invoice-empty = 您还没有任何发票。
invoice-older-invoices = 更早的发票
invoice-newest-invoices = 最新的发票
invoice-pages-label = 更多发票
invoice-paid = 谢谢！付款已成功，发票已支付。
invoice-challenge-heading = 确认支付 { $number }
invoice-challenge-body = 您的银行要求您确认这笔 { $amount } 的付款。批准即可立即支付发票；如果不是您本人发起的，请拒绝。
