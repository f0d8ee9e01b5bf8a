### InvoiceDocumentText (ko)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = 인보이스
invoice-document-receipt = 영수증
invoice-document-bill-to = 청구 대상
invoice-document-date-of-issue = 발행일
invoice-document-due-date = 지급 기한
invoice-document-period = 서비스 기간
invoice-document-description = 설명
invoice-document-qty = 수량
invoice-document-unit-price = 단가
invoice-document-amount = 금액
invoice-document-subtotal = 소계
invoice-document-tax = 세금
invoice-document-total = 합계
invoice-document-amount-paid = 결제 금액
invoice-document-amount-due = 미결제 금액
invoice-document-page = 페이지
invoice-document-status-draft = 초안
invoice-document-status-open = 미결제
invoice-document-status-paid = 결제 완료
invoice-document-status-void = 무효
invoice-document-status-uncollectible = 회수 불가
invoice-document-credit-applied = 적용된 고객 크레딧: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = 인보이스 번호
invoice-document-paid-on = 결제일
invoice-document-payment-method = 결제 수단
invoice-document-card = { $brand } 끝자리 { $last4 }
