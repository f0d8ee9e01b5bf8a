### Key (vi)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Cổng khách hàng Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Chuyển đến nội dung chính
shell-footer = Thanh toán và lập hóa đơn do Paylera cung cấp.
shell-intro-lead = Tại đây, bạn có thể quản lý các gói đăng ký, hóa đơn và phương thức thanh toán với doanh nghiệp tính phí bạn thông qua Paylera.
shell-intro-how-to-reach = Bạn truy cập cổng này qua một liên kết bảo mật từ người bán, tức doanh nghiệp mà bạn mua hàng: hãy tìm liên kết “Quản lý thanh toán” hoặc “Cổng thanh toán” trong ứng dụng, trang web hoặc email của họ. Liên kết sẽ đăng nhập cho bạn trong một thời gian ngắn; bạn không cần nhớ mật khẩu Paylera nào.
shell-signed-in-help = Khi xong, hãy quay lại doanh nghiệp mà bạn đã đến từ đó. Thao tác này kết thúc lượt truy cập của bạn tại đây; để quay lại, hãy mở lại cổng thanh toán của họ.
shell-return-to-merchant-button = Quay lại trang người bán
shell-link-expired-heading = Liên kết này đã hết hạn hoặc đã được sử dụng
shell-link-expired-advice = Để bảo mật cho bạn, mỗi liên kết đến cổng này chỉ dùng được một lần và chỉ trong thời gian ngắn. Hãy quay lại doanh nghiệp đó và mở lại cổng thanh toán của họ để nhận liên kết mới.
shell-link-rate-limited-heading = Quá nhiều lần thử, hãy thử lại sau một phút
shell-link-rate-limited-advice = Chúng tôi đã nhận quá nhiều lần thử mở cổng này. Hãy đợi một phút rồi tải lại trang này.
shell-link-unavailable-heading = Chúng tôi không thể mở cổng thanh toán của bạn
shell-link-unavailable-advice = Dịch vụ thanh toán của chúng tôi không phản hồi. Vui lòng tải lại trang này sau vài phút.
# Has the `{ $merchant }` placeholder.
shell-return-to = Quay lại { $merchant }
shell-not-found-heading = Không tìm thấy trang
shell-not-found-body = Chúng tôi không tìm thấy trang bạn yêu cầu. Nếu bạn đã nhấp vào liên kết từ doanh nghiệp tính phí bạn, có thể liên kết đó đã hết hạn: hãy yêu cầu họ gửi liên kết mới.
shell-not-found-home-link = Đến trang chủ của cổng
shell-module-subscription-title = Gói đăng ký
shell-module-subscription-description = Thay đổi hoặc hủy gói của bạn.
shell-module-payment-methods-title = Phương thức thanh toán
shell-module-payment-methods-description = Thêm hoặc thay thế thẻ hay tài khoản ngân hàng bạn dùng để thanh toán.
shell-module-invoices-title = Hóa đơn
shell-module-invoices-description = Xem và tải xuống các hóa đơn trước đây.
shell-module-tax-ids-title = Mã số thuế
shell-module-tax-ids-description = Thêm hoặc xóa mã số thuế hiển thị trên hóa đơn của bạn.
shell-module-address-title = Địa chỉ thanh toán
shell-module-address-description = Cập nhật địa chỉ trên hóa đơn của bạn.
