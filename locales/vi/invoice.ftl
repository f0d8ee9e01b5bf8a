### InvoiceText (vi)
## The invoices page's texts.

invoice-caption = Hóa đơn của bạn, mới nhất trước
invoice-column-number = Số hóa đơn
invoice-column-date = Ngày
invoice-column-amount = Số tiền
invoice-column-status = Trạng thái
invoice-column-actions = Thao tác
invoice-state-draft = Bản nháp
invoice-state-due = Đến hạn
invoice-state-payment-failed = Thanh toán không thành công
invoice-state-paid = Đã thanh toán
invoice-state-void = Đã hủy
invoice-state-uncollectible = Không thể thu
invoice-download-pdf = Tải xuống { $number } (PDF)
invoice-download-receipt = Tải biên nhận của { $number } (PDF)
invoice-retry-payment = Thử thanh toán lại { $number }
invoice-empty = Bạn chưa có hóa đơn nào.
invoice-older-invoices = Hóa đơn cũ hơn
invoice-newest-invoices = Hóa đơn mới nhất
invoice-pages-label = Thêm hóa đơn
invoice-paid = Cảm ơn bạn: khoản thanh toán đã thành công và hóa đơn đã được thanh toán.
invoice-challenge-heading = Xác nhận thanh toán { $number }
invoice-challenge-body = Ngân hàng của bạn yêu cầu bạn xác nhận khoản thanh toán { $amount } này. Hãy chấp thuận để thanh toán hóa đơn ngay, hoặc từ chối nếu bạn không yêu cầu.
