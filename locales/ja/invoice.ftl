### InvoiceText (ja)
## The invoices page's texts.

invoice-caption = 請求書（新しい順）
invoice-column-number = 請求書番号
invoice-column-date = 日付
invoice-column-amount = 金額
invoice-column-status = ステータス
invoice-column-actions = 操作
invoice-state-draft = 下書き
invoice-state-due = 未払い
invoice-state-payment-failed = 支払い失敗
invoice-state-paid = 支払済み
invoice-state-void = 無効
invoice-state-uncollectible = 回収不能
invoice-download-pdf = { $number } をダウンロード（PDF）
invoice-download-receipt = { $number } の領収書をダウンロード（PDF）
invoice-retry-payment = { $number } の支払いを再試行
invoice-empty = 請求書はまだありません。
invoice-older-invoices = 以前の請求書
invoice-newest-invoices = 最新の請求書
invoice-pages-label = その他の請求書
invoice-paid = ありがとうございます。お支払いが完了し、請求書は支払済みになりました。
invoice-challenge-heading = { $number } のお支払いを確認
invoice-challenge-body = カード発行会社から、{ $amount } のお支払いの確認を求められています。今すぐ請求書を支払う場合は承認し、心当たりがない場合は拒否してください。
