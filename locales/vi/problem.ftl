### ProblemText (vi)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Phiên của bạn đã kết thúc. Hãy quay lại trang của người bán và mở lại cổng thanh toán.
problem-csrf-failed = Trang này đã mở quá lâu nên không thể gửi an toàn. Hãy tải lại trang rồi thử lại.
problem-service-unavailable = Dịch vụ thanh toán hiện không phản hồi. Chưa có gì thay đổi; vui lòng thử lại sau một phút.
problem-not-allowed = Thao tác này không khả dụng trong cổng thanh toán của bạn.
problem-rate-limited = Quá nhiều lần thử trong thời gian ngắn. Hãy đợi một phút rồi thử lại.
problem-not-found = Chúng tôi không tìm thấy mục này. Có thể mục này đã bị xóa; hãy tải lại trang.
problem-required = Trường này là bắt buộc.
problem-invalid-value = Giá trị này không hợp lệ. Hãy kiểm tra rồi thử lại.
problem-invalid-country = Hãy chọn một quốc gia trong danh sách.
problem-invalid-postal-code = Mã bưu chính này không hợp lệ đối với quốc gia bạn đã chọn.
problem-invalid-state = Hãy chọn một bang, tỉnh hoặc khu vực có tồn tại ở quốc gia bạn đã chọn.
problem-tax-id-type-unsupported = Loại mã số thuế này không được hỗ trợ. Hãy chọn loại khác.
problem-tax-id-invalid = Mã số thuế này không đúng định dạng của loại đã chọn. Hãy xem ví dụ bên dưới trường nhập.
problem-tax-id-checksum-invalid = Mã số thuế này bị gõ sai: các chữ số kiểm tra không khớp. Hãy kiểm tra từng ký tự.
problem-tax-id-limit-reached = Bạn đã đạt số lượng mã số thuế tối đa. Hãy xóa một mã trước khi thêm mã khác.
problem-already-exists = Bạn đã thêm mục này rồi.
problem-incorrect-number = Số thẻ này không hợp lệ. Hãy kiểm tra các chữ số rồi thử lại.
problem-invalid-expiry-month = Tháng hết hạn phải từ 01 đến 12.
problem-invalid-expiry-year = Năm hết hạn không hợp lệ.
problem-expired-card = Thẻ này đã hết hạn. Hãy dùng thẻ khác.
problem-invalid-cvc = Mã bảo mật không hợp lệ: đó là 3 chữ số ở mặt sau thẻ (4 chữ số ở mặt trước đối với American Express).
problem-card-declined = Thẻ của bạn đã bị từ chối. Hãy dùng thẻ khác hoặc liên hệ với ngân hàng của bạn.
problem-insufficient-funds = Thẻ của bạn không đủ số dư. Hãy dùng thẻ khác hoặc liên hệ với ngân hàng của bạn.
problem-authentication-required = Ngân hàng của bạn yêu cầu bạn xác nhận thẻ này trước khi có thể sử dụng.
problem-authentication-failed = Ngân hàng của bạn không thể xác nhận thẻ này. Hãy thử lại hoặc dùng thẻ khác.
problem-last-payment-method = Đây là phương thức thanh toán duy nhất cho gói đăng ký đang hoạt động của bạn. Hãy thêm thẻ khác trước rồi xóa thẻ này.
problem-payment-method-missing = Hãy thêm phương thức thanh toán trước.
problem-invoice-not-payable = Hiện không thể thanh toán hóa đơn này: có thể hóa đơn đã được thanh toán hoặc đã bị hủy. Hãy tải lại trang.
problem-subscription-canceled = Gói đăng ký này đã kết thúc và không thể thay đổi nữa.
problem-generic = Đã xảy ra lỗi và chưa có gì thay đổi. Vui lòng thử lại.
