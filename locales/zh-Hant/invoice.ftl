### InvoiceText (zh-Hant)
## The invoices page's texts.

invoice-caption = 您的發票（由新到舊）
invoice-column-number = 發票號碼
invoice-column-date = 日期
invoice-column-amount = 金額
invoice-column-status = 狀態
invoice-column-actions = 操作
invoice-state-draft = 草稿
invoice-state-due = 待付款
invoice-state-payment-failed = 付款失敗
invoice-state-paid = 已付款
invoice-state-void = 已作廢
invoice-state-uncollectible = 無法收回
invoice-download-pdf = 下載 { $number }（PDF）
invoice-download-receipt = 下載 { $number } 的收據（PDF）
invoice-retry-payment = 重新支付 { $number }
invoice-empty = 您還沒有任何發票。
invoice-older-invoices = 較舊的發票
invoice-newest-invoices = 最新的發票
invoice-pages-label = 更多發票
invoice-paid = 謝謝！付款已成功，發票已付清。
invoice-challenge-heading = 確認支付 { $number }
invoice-challenge-body = 您的銀行要求您確認這筆 { $amount } 的付款。核准即可立即支付發票；如果不是您本人提出的，請拒絕。
