### AddressText (vi)
## The billing address page.

address-field-required = { $field } (bắt buộc)
address-field-optional = { $field } (không bắt buộc)
address-country = Quốc gia
address-choose-country = Chọn quốc gia
address-choose-one = Chọn một mục
address-update-fields = Hiển thị các trường cho quốc gia này
address-fields-updated = Biểu mẫu hiện đang hiển thị các trường cho { $country }. Hãy kiểm tra rồi lưu.
address-fields-updated-no-country = Chọn quốc gia để xem các trường của quốc gia đó.
address-line1 = Địa chỉ đường phố
address-line2 = Căn hộ, phòng, tòa nhà
address-city = Thành phố
address-state = Bang
address-province = Tỉnh
address-prefecture = Tỉnh (Nhật Bản)
address-county = Hạt
address-region = Bang, tỉnh hoặc khu vực
address-zip-code = Mã ZIP
address-postal-code = Mã bưu chính
address-postal-hint = Ví dụ: { $example }
address-save-button = Lưu địa chỉ
address-saved = Đã lưu địa chỉ thanh toán.
