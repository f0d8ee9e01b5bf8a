### InvoiceDocumentText (zh-Hant)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = 發票
invoice-document-receipt = 收據
invoice-document-bill-to = 帳單收件人
invoice-document-date-of-issue = 開立日期
invoice-document-due-date = 到期日
invoice-document-period = 服務期間
invoice-document-description = 說明
invoice-document-qty = 數量
invoice-document-unit-price = 單價
invoice-document-amount = 金額
invoice-document-subtotal = 小計
invoice-document-tax = 稅額
invoice-document-total = 總計
invoice-document-amount-paid = 已付金額
invoice-document-amount-due = 應付金額
invoice-document-page = 頁
invoice-document-status-draft = 草稿
invoice-document-status-open = 待付款
invoice-document-status-paid = 已付款
invoice-document-status-void = 已作廢
invoice-document-status-uncollectible = 無法收回
invoice-document-credit-applied = 已折抵客戶餘額：{ $amount }
invoice-document-tax-id = { $type }：{ $value }
invoice-document-invoice-number = 發票號碼
invoice-document-paid-on = 付款日期
invoice-document-payment-method = 付款方式
invoice-document-card = { $brand }（末四碼 { $last4 }）
