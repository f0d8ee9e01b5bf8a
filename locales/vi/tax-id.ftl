### TaxIdText (vi)
## The tax IDs page.

tax-id-list-heading = Mã số thuế của bạn
tax-id-empty = Bạn chưa thêm mã số thuế nào.
tax-id-column-type = Loại
tax-id-column-number = Số
tax-id-column-status = Xác minh
tax-id-column-actions = Thao tác
tax-id-unverified = Chưa xác minh
tax-id-pending = Đang chờ xác minh
tax-id-verified = Đã xác minh
tax-id-unavailable = Không thể xác minh
tax-id-remove-number = Xóa { $number }
tax-id-confirm-heading = Xóa mã số thuế này?
tax-id-confirm-text = { $number } sẽ không còn xuất hiện trên hóa đơn của bạn.
tax-id-confirm-button = Có, xóa { $number }
tax-id-keep = Giữ lại
tax-id-add-heading = Thêm mã số thuế
tax-id-type-label = Loại (bắt buộc)
tax-id-type-option = { $type } (ví dụ: { $example })
tax-id-value-label = Số (bắt buộc)
tax-id-value-hint = { $type }: ví dụ { $example }. Dấu cách, dấu chấm và dấu gạch nối sẽ được bỏ qua.
tax-id-add-button = Thêm mã số thuế
tax-id-added = Đã thêm mã số thuế.
tax-id-removed = Đã xóa mã số thuế.
