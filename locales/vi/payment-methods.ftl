### PaymentMethodsText (vi)
## The payment methods pages' texts.

payment-methods-intro = Thẻ mặc định của bạn được dùng để thanh toán các gói đăng ký và hóa đơn.
payment-methods-cards-heading = Thẻ của bạn
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } có số cuối { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Thẻ
# `{ $date }`: the expiry month and year.
payment-methods-expires = Hết hạn { $date }
payment-methods-default-badge = Mặc định
payment-methods-awaiting-bank-badge = Chưa xác nhận
payment-methods-awaiting-bank-note = Ngân hàng của bạn chưa xác nhận thẻ này nên chưa thể sử dụng.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Xác nhận { $card } với ngân hàng của bạn
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Đặt { $card } làm mặc định
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Xóa { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Thẻ này đang dùng để thanh toán gói đăng ký của bạn nên không thể xóa riêng. Để thay thế, hãy thêm thẻ mới trước rồi xóa thẻ này.
payment-methods-no-cards = Bạn chưa lưu thẻ nào.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Thêm thẻ
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Xóa { $card }?
payment-methods-remove-body = Bạn sẽ không thể thanh toán bằng thẻ này nữa. Để dùng lại, bạn sẽ phải thêm lại thẻ.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } sẽ trở thành thẻ mặc định của bạn.
payment-methods-remove-none-left = Bạn sẽ không còn thẻ nào để thanh toán.
payment-methods-keep-card = Giữ thẻ này
payment-methods-done-card-added = Đã thêm thẻ của bạn.
payment-methods-done-card-added-default = Đã thêm thẻ của bạn và thẻ này hiện là thẻ mặc định.
payment-methods-done-default-changed = Đã thay đổi thẻ mặc định của bạn.
payment-methods-done-card-removed = Đã xóa thẻ.
payment-methods-number-label = Số thẻ
payment-methods-expiry-legend = Ngày hết hạn
payment-methods-expiry-month-label = Tháng (MM)
payment-methods-expiry-year-label = Năm (YYYY)
payment-methods-cvc-label = Mã bảo mật (CVC)
payment-methods-cvc-hint = 3 chữ số ở mặt sau thẻ, hoặc 4 chữ số ở mặt trước đối với American Express.
# After the label of a required field.
payment-methods-required = (bắt buộc)
payment-methods-make-default-label = Đặt làm thẻ mặc định của tôi
payment-methods-submit-add = Thêm thẻ
payment-methods-back-to-list = Quay lại phương thức thanh toán
payment-methods-kept-details = Số thẻ và mã bảo mật của bạn chỉ được gửi đến đơn vị xử lý thanh toán: cổng này không bao giờ lưu trữ hay hiển thị chúng.
payment-methods-challenge-heading = Xác nhận với ngân hàng của bạn
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Ngân hàng của bạn yêu cầu bạn xác nhận { $card } trước khi có thể sử dụng.
