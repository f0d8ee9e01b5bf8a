### PaymentMethodsText (zh-Hant)
## The payment methods pages' texts.

payment-methods-intro = 您的預設卡片用於支付訂閱和發票。
payment-methods-cards-heading = 您的卡片
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand }（末四碼 { $last4 }）
# The brand of a card whose network is not known.
payment-methods-unknown-brand = 卡片
# `{ $date }`: the expiry month and year.
payment-methods-expires = 有效期限至 { $date }
payment-methods-default-badge = 預設
payment-methods-awaiting-bank-badge = 未確認
payment-methods-awaiting-bank-note = 您的銀行尚未確認此卡片，因此暫時無法使用。
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = 向銀行確認{ $card }
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = 將{ $card }設為預設
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = 移除{ $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = 此卡片用於支付您的訂閱，因此無法單獨移除。如要更換，請先新增新卡片，再移除這張卡片。
payment-methods-no-cards = 您還沒有已儲存的卡片。
# The link to the add-card page and that page's heading.
payment-methods-add-card = 新增卡片
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = 要移除{ $card }嗎？
payment-methods-remove-body = 您將無法再使用此卡片付款。如要再次使用，需要重新新增。
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card }將成為您的預設卡片。
payment-methods-remove-none-left = 您將沒有可用於付款的卡片。
payment-methods-keep-card = 保留此卡片
payment-methods-done-card-added = 已新增您的卡片。
payment-methods-done-card-added-default = 已新增您的卡片，並已設為預設卡片。
payment-methods-done-default-changed = 已變更您的預設卡片。
payment-methods-done-card-removed = 已移除該卡片。
payment-methods-number-label = 卡號
payment-methods-expiry-legend = 有效期限
payment-methods-expiry-month-label = 月（MM）
payment-methods-expiry-year-label = 年（YYYY）
payment-methods-cvc-label = 安全碼（CVC）
payment-methods-cvc-hint = 卡片背面的 3 位數字（American Express 為正面的 4 位數字）。
# After the label of a required field.
payment-methods-required = （必填）
payment-methods-make-default-label = 設為我的預設卡片
payment-methods-submit-add = 新增此卡片
payment-methods-back-to-list = 返回付款方式
payment-methods-kept-details = 卡號和安全碼只會傳送給付款處理商：本入口網站絕不會儲存或顯示這些資料。
payment-methods-challenge-heading = 向銀行確認
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = 您的銀行要求您先確認{ $card }，才能使用。
