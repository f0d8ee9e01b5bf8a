### TaxIdText (ko)
## The tax IDs page.

tax-id-list-heading = 내 세금 번호
tax-id-empty = 아직 추가한 세금 번호가 없습니다.
tax-id-column-type = 유형
tax-id-column-number = 번호
tax-id-column-status = 확인 상태
tax-id-column-actions = 작업
tax-id-unverified = 확인되지 않음
tax-id-pending = 확인 중
tax-id-verified = 확인됨
tax-id-unavailable = 확인할 수 없음
tax-id-remove-number = { $number } 삭제
tax-id-confirm-heading = 이 세금 번호를 삭제할까요?
tax-id-confirm-text = { $number }은(는) 더 이상 청구서에 표시되지 않습니다.
tax-id-confirm-button = 예, { $number } 삭제
tax-id-keep = 유지
tax-id-add-heading = 세금 번호 추가
tax-id-type-label = 유형 (필수)
tax-id-type-option = { $type } (예: { $example })
tax-id-value-label = 번호 (필수)
tax-id-value-hint = { $type }: 예 { $example }. 공백, 마침표, 하이픈은 무시됩니다.
tax-id-add-button = 세금 번호 추가
tax-id-added = 세금 번호를 추가했습니다.
tax-id-removed = 세금 번호를 삭제했습니다.
