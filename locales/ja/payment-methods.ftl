### PaymentMethodsText (ja)
## The payment methods pages' texts.

payment-methods-intro = 既定のカードで、サブスクリプションと請求書のお支払いが行われます。
payment-methods-cards-heading = 登録済みのカード
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand }（末尾 { $last4 }）
# The brand of a card whose network is not known.
payment-methods-unknown-brand = カード
# `{ $date }`: the expiry month and year.
payment-methods-expires = 有効期限 { $date }
payment-methods-default-badge = 既定
payment-methods-awaiting-bank-badge = 未確認
payment-methods-awaiting-bank-note = このカードはまだカード発行会社で確認されていないため、ご利用いただけません。
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = { $card }をカード発行会社で確認する
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = { $card }を既定にする
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = { $card }を削除
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = このカードはサブスクリプションのお支払いに使われているため、単独では削除できません。差し替えるには、先に新しいカードを追加してから、このカードを削除してください。
payment-methods-no-cards = 登録済みのカードはまだありません。
# The link to the add-card page and that page's heading.
payment-methods-add-card = カードを追加
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = { $card }を削除しますか？
payment-methods-remove-body = このカードでのお支払いはできなくなります。再度利用するには、もう一度追加する必要があります。
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card }が既定のカードになります。
payment-methods-remove-none-left = お支払いに使えるカードがなくなります。
payment-methods-keep-card = このカードを残す
payment-methods-done-card-added = カードを追加しました。
payment-methods-done-card-added-default = カードを追加し、既定のカードに設定しました。
payment-methods-done-default-changed = 既定のカードを変更しました。
payment-methods-done-card-removed = カードを削除しました。
payment-methods-number-label = カード番号
payment-methods-expiry-legend = 有効期限
payment-methods-expiry-month-label = 月（MM）
payment-methods-expiry-year-label = 年（YYYY）
payment-methods-cvc-label = セキュリティコード（CVC）
payment-methods-cvc-hint = カード裏面の3桁の数字（American Expressは表面の4桁）。
# After the label of a required field.
payment-methods-required = （必須）
payment-methods-make-default-label = 既定のカードにする
payment-methods-submit-add = カードを登録する
payment-methods-back-to-list = お支払い方法に戻る
payment-methods-kept-details = カード番号とセキュリティコードは決済代行会社にのみ送信されます。このポータルで保存や表示されることはありません。
payment-methods-challenge-heading = カード発行会社での確認
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = { $card }をご利用いただく前に、カード発行会社での確認が必要です。
