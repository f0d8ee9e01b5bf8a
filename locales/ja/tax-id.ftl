### TaxIdText (ja)
## The tax IDs page.

tax-id-list-heading = 登録済みの税番号
tax-id-empty = 税番号はまだ登録されていません。
tax-id-column-type = 種類
tax-id-column-number = 番号
tax-id-column-status = 確認状況
tax-id-column-actions = 操作
tax-id-unverified = 未確認
tax-id-pending = 確認中
tax-id-verified = 確認済み
tax-id-unavailable = 確認できません
tax-id-remove-number = { $number } を削除
tax-id-confirm-heading = この税番号を削除しますか?
tax-id-confirm-text = { $number } は今後の請求書に表示されなくなります。
tax-id-confirm-button = はい、{ $number } を削除します
tax-id-keep = 削除しない
tax-id-add-heading = 税番号を追加
tax-id-type-label = 種類 (必須)
tax-id-type-option = { $type } (例: { $example })
tax-id-value-label = 番号 (必須)
tax-id-value-hint = { $type }: 例 { $example }。スペース、ピリオド、ハイフンは無視されます。
tax-id-add-button = 税番号を追加
tax-id-added = 税番号を追加しました。
tax-id-removed = 税番号を削除しました。
