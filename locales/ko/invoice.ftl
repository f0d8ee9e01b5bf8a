### InvoiceText (ko)
## The invoices page's texts.

invoice-caption = 청구서 목록(최신순)
invoice-column-number = 청구서 번호
invoice-column-date = 날짜
invoice-column-amount = 금액
invoice-column-status = 상태
invoice-column-actions = 작업
invoice-state-draft = 초안
invoice-state-due = 결제 대기
invoice-state-payment-failed = 결제 실패
invoice-state-paid = 결제 완료
invoice-state-void = 무효
invoice-state-uncollectible = 회수 불가
invoice-download-pdf = { $number } 다운로드(PDF)
invoice-download-receipt = { $number } 영수증 다운로드(PDF)
invoice-retry-payment = { $number } 결제 다시 시도
invoice-empty = 아직 청구서가 없습니다.
invoice-older-invoices = 이전 청구서
invoice-newest-invoices = 최신 청구서
invoice-pages-label = 더 많은 청구서
invoice-paid = 감사합니다. 결제가 완료되어 청구서가 결제 처리되었습니다.
invoice-challenge-heading = { $number } 결제 확인
invoice-challenge-body = 카드사에서 { $amount } 결제를 확인해 달라고 요청합니다. 지금 청구서를 결제하려면 승인하고, 요청한 적이 없다면 거부하세요.
