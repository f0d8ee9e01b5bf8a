### TaxIdText (zh-Hans)
## The tax IDs page.

tax-id-list-heading = 您的税号
tax-id-empty = 您尚未添加税号。
tax-id-column-type = 类型
tax-id-column-number = 号码
tax-id-column-status = 验证
tax-id-column-actions = 操作
tax-id-unverified = 未验证
tax-id-pending = 验证中
tax-id-verified = 已验证
tax-id-unavailable = 无法验证
tax-id-remove-number = 删除 { $number }
tax-id-confirm-heading = 要删除此税号吗？
tax-id-confirm-text = { $number } 将不再显示在您的发票上。
tax-id-confirm-button = 是，删除 { $number }
tax-id-keep = 保留
tax-id-add-heading = 添加税号
tax-id-type-label = 类型（必填）
tax-id-type-option = { $type }（例如 { $example }）
tax-id-value-label = 号码（必填）
tax-id-value-hint = { $type }：例如 { $example }。空格、句点和连字符会被忽略。
tax-id-add-button = 添加税号
tax-id-added = 已添加税号。
tax-id-removed = 已删除税号。
