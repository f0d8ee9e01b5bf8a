### TaxIdText (zh-Hant)
## The tax IDs page.

tax-id-list-heading = 您的稅務編號
tax-id-empty = 您尚未新增稅務編號。
tax-id-column-type = 類型
tax-id-column-number = 號碼
tax-id-column-status = 驗證
tax-id-column-actions = 操作
tax-id-unverified = 未驗證
tax-id-pending = 驗證中
tax-id-verified = 已驗證
tax-id-unavailable = 無法驗證
tax-id-remove-number = 移除 { $number }
tax-id-confirm-heading = 要移除此稅務編號嗎？
tax-id-confirm-text = { $number } 將不再顯示在您的發票上。
tax-id-confirm-button = 是，移除 { $number }
tax-id-keep = 保留
tax-id-add-heading = 新增稅務編號
tax-id-type-label = 類型（必填）
tax-id-type-option = { $type }（例如 { $example }）
tax-id-value-label = 號碼（必填）
tax-id-value-hint = { $type }：例如 { $example }。空格、句點和連字號會被忽略。
tax-id-add-button = 新增稅務編號
tax-id-added = 已新增稅務編號。
tax-id-removed = 已移除稅務編號。
