### InvoiceDocumentText (vi)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = Hóa đơn
invoice-document-receipt = Biên nhận
invoice-document-bill-to = Người mua
invoice-document-date-of-issue = Ngày lập
invoice-document-due-date = Hạn thanh toán
invoice-document-period = Kỳ dịch vụ
invoice-document-description = Mô tả
invoice-document-qty = SL
invoice-document-unit-price = Đơn giá
invoice-document-amount = Thành tiền
invoice-document-subtotal = Tạm tính
invoice-document-tax = Thuế
invoice-document-total = Tổng cộng
invoice-document-amount-paid = Đã thanh toán
invoice-document-amount-due = Còn phải trả
invoice-document-page = Trang
invoice-document-status-draft = Bản nháp
invoice-document-status-open = Chưa thanh toán
invoice-document-status-paid = Đã thanh toán
invoice-document-status-void = Đã hủy
invoice-document-status-uncollectible = Không thu được
invoice-document-credit-applied = Đã trừ tín dụng khách hàng: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = Số hóa đơn
invoice-document-paid-on = Ngày thanh toán
invoice-document-payment-method = Phương thức thanh toán
invoice-document-card = { $brand } có số cuối { $last4 }
