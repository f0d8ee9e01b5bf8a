### PaymentMethodsText (zh-Hans)
## The payment methods pages' texts.

payment-methods-intro = 您的默认卡用于支付订阅和发票。
payment-methods-cards-heading = 您的卡
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand }（尾号 { $last4 }）
# The brand of a card whose network is not known.
payment-methods-unknown-brand = 卡
# `{ $date }`: the expiry month and year.
payment-methods-expires = 有效期至 { $date }
payment-methods-default-badge = 默认
payment-methods-awaiting-bank-badge = 未确认
payment-methods-awaiting-bank-note = 您的银行尚未确认此卡，因此暂时无法使用。
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = 向银行确认{ $card }
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = 将{ $card }设为默认
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = 移除{ $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = 此卡用于支付您的订阅，因此不能单独移除。如需更换，请先添加新卡，再移除这张卡。
payment-methods-no-cards = 您还没有保存的卡。
# The link to the add-card page and that page's heading.
payment-methods-add-card = 添加卡
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = 要移除{ $card }吗？
payment-methods-remove-body = 您将无法再使用此卡付款。如需再次使用，需要重新添加。
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card }将成为您的默认卡。
payment-methods-remove-none-left = 您将没有可用于付款的卡。
payment-methods-keep-card = 保留此卡
payment-methods-done-card-added = 已添加您的卡。
payment-methods-done-card-added-default = 已添加您的卡，并已设为默认卡。
payment-methods-done-default-changed = 已更改您的默认卡。
payment-methods-done-card-removed = 已移除该卡。
payment-methods-number-label = 卡号
payment-methods-expiry-legend = 有效期
payment-methods-expiry-month-label = 月（MM）
payment-methods-expiry-year-label = 年（YYYY）
payment-methods-cvc-label = 安全码（CVC）
payment-methods-cvc-hint = 卡背面的 3 位数字（American Express 为正面的 4 位数字）。
# After the label of a required field.
payment-methods-required = （必填）
payment-methods-make-default-label = 设为我的默认卡
payment-methods-submit-add = 添加此卡
payment-methods-back-to-list = 返回付款方式
payment-methods-kept-details = 卡号和安全码只会发送给支付处理方：本门户绝不会存储或显示它们。
payment-methods-challenge-heading = 向银行确认
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = 您的银行要求您先确认{ $card }，然后才能使用。
