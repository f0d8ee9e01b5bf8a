### InvoiceDocumentText (zh-Hans)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = 发票
invoice-document-receipt = 收据
invoice-document-bill-to = 账单收件人
invoice-document-date-of-issue = 开票日期
invoice-document-due-date = 到期日
invoice-document-period = 服务期间
invoice-document-description = 描述
invoice-document-qty = 数量
invoice-document-unit-price = 单价
invoice-document-amount = 金额
invoice-document-subtotal = 小计
invoice-document-tax = 税额
invoice-document-total = 总计
invoice-document-amount-paid = 已付金额
invoice-document-amount-due = 应付金额
invoice-document-page = 页
invoice-document-status-draft = 草稿
invoice-document-status-open = 待付款
invoice-document-status-paid = 已付款
invoice-document-status-void = 已作废
invoice-document-status-uncollectible = 无法收回
invoice-document-credit-applied = 已抵扣客户余额：{ $amount }
invoice-document-tax-id = { $type }：{ $value }
invoice-document-invoice-number = 发票号码
invoice-document-paid-on = 付款日期
invoice-document-payment-method = 付款方式
invoice-document-card = { $brand }（尾号 { $last4 }）
