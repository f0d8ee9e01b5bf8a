### HomeText (ja)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = 請求の概要
home-next-charge-label = 次回のお支払い
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $date } に { $amount }
home-manage-subscriptions = サブスクリプションを管理
home-default-card-label = 既定のお支払い方法
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = 有効期限 { $date }
home-no-card = お支払い方法はまだ登録されていません。
home-manage-cards = お支払い方法を管理
home-add-card = カードを追加
home-billing-heading = 請求先情報
home-name-label = 名前
home-email-label = メールアドレス
home-address-label = 請求先住所
home-no-address = 請求先住所はまだ登録されていません。
home-edit-address = 請求先住所を更新
home-tax-ids-label = 税務ID
home-no-tax-ids = なし
home-manage-tax-ids = 税務IDを管理
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = 請求書 { $number }（{ $amount }）は未払いです。
home-pay-now = 今すぐ支払う
home-latest-invoices = 最新の請求書
home-all-invoices = すべての請求書を表示
home-done-heading = 操作はお済みですか？
