### InvoiceDocumentText (ja)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = 請求書
invoice-document-receipt = 領収書
invoice-document-bill-to = 請求先
invoice-document-date-of-issue = 発行日
invoice-document-due-date = 支払期日
invoice-document-period = 対象期間
invoice-document-description = 品目
invoice-document-qty = 数量
invoice-document-unit-price = 単価
invoice-document-amount = 金額
invoice-document-subtotal = 小計
invoice-document-tax = 税
invoice-document-total = 合計
invoice-document-amount-paid = 支払済金額
invoice-document-amount-due = 請求金額
invoice-document-page = ページ
invoice-document-status-draft = 下書き
invoice-document-status-open = 未払い
invoice-document-status-paid = 支払済み
invoice-document-status-void = 無効
invoice-document-status-uncollectible = 回収不能
invoice-document-credit-applied = 適用されたクレジット: { $amount }
invoice-document-tax-id = { $type }：{ $value }
invoice-document-invoice-number = 請求書番号
invoice-document-paid-on = 支払日
invoice-document-payment-method = 支払方法
invoice-document-card = { $brand }（末尾 { $last4 }）
