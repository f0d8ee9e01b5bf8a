### HomeText (vi)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Tổng quan thanh toán
home-next-charge-label = Khoản phí tiếp theo
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } vào { $date }
home-manage-subscriptions = Quản lý gói đăng ký
home-default-card-label = Phương thức thanh toán mặc định
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Hết hạn { $date }
home-no-card = Chưa có phương thức thanh toán nào được lưu.
home-manage-cards = Quản lý phương thức thanh toán
home-add-card = Thêm thẻ
home-billing-heading = Thông tin thanh toán
home-name-label = Tên
home-email-label = Email
home-address-label = Địa chỉ thanh toán
home-no-address = Chưa có địa chỉ thanh toán.
home-edit-address = Cập nhật địa chỉ thanh toán
home-tax-ids-label = Mã số thuế
home-no-tax-ids = Không có
home-manage-tax-ids = Quản lý mã số thuế
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Hóa đơn { $number } trị giá { $amount } chưa được thanh toán.
home-pay-now = Thanh toán ngay
home-latest-invoices = Hóa đơn mới nhất
home-all-invoices = Xem tất cả hóa đơn
home-done-heading = Bạn đã xong chưa?
