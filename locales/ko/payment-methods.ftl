### PaymentMethodsText (ko)
## The payment methods pages' texts.

payment-methods-intro = 기본 카드로 구독료와 청구서가 결제됩니다.
payment-methods-cards-heading = 내 카드
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand }(끝자리 { $last4 })
# The brand of a card whose network is not known.
payment-methods-unknown-brand = 카드
# `{ $date }`: the expiry month and year.
payment-methods-expires = 만료일 { $date }
payment-methods-default-badge = 기본
payment-methods-awaiting-bank-badge = 미확인
payment-methods-awaiting-bank-note = 카드사에서 아직 이 카드를 확인하지 않아 사용할 수 없습니다.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = 카드사에서 { $card } 확인하기
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = { $card }을(를) 기본으로 설정
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = { $card } 삭제
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = 이 카드로 구독료가 결제되므로 단독으로 삭제할 수 없습니다. 카드를 바꾸려면 먼저 새 카드를 추가한 후 이 카드를 삭제해 주세요.
payment-methods-no-cards = 아직 저장된 카드가 없습니다.
# The link to the add-card page and that page's heading.
payment-methods-add-card = 카드 추가
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = { $card }을(를) 삭제할까요?
payment-methods-remove-body = 이 카드로 더 이상 결제할 수 없습니다. 다시 사용하려면 카드를 다시 추가해야 합니다.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card }이(가) 기본 카드가 됩니다.
payment-methods-remove-none-left = 결제에 사용할 카드가 남지 않습니다.
payment-methods-keep-card = 이 카드 유지
payment-methods-done-card-added = 카드가 추가되었습니다.
payment-methods-done-card-added-default = 카드가 추가되어 기본 카드로 설정되었습니다.
payment-methods-done-default-changed = 기본 카드가 변경되었습니다.
payment-methods-done-card-removed = 카드가 삭제되었습니다.
payment-methods-number-label = 카드 번호
payment-methods-expiry-legend = 유효기간
payment-methods-expiry-month-label = 월(MM)
payment-methods-expiry-year-label = 연도(YYYY)
payment-methods-cvc-label = 보안 코드(CVC)
payment-methods-cvc-hint = 카드 뒷면의 숫자 3자리(American Express는 앞면의 4자리).
# After the label of a required field.
payment-methods-required = (필수)
payment-methods-make-default-label = 기본 카드로 설정
payment-methods-submit-add = 카드 등록
payment-methods-back-to-list = 결제 수단으로 돌아가기
payment-methods-kept-details = 카드 번호와 보안 코드는 결제 대행사에만 전송되며, 이 포털에 저장되거나 표시되지 않습니다.
payment-methods-challenge-heading = 카드사 확인
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = { $card }을(를) 사용하기 전에 카드사에서 확인을 요청하고 있습니다.
