### HomeText (ko)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = 청구 개요
home-next-charge-label = 다음 결제
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $date }에 { $amount } 결제
home-manage-subscriptions = 구독 관리
home-default-card-label = 기본 결제 수단
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = 만료일 { $date }
home-no-card = 아직 등록된 결제 수단이 없습니다.
home-manage-cards = 결제 수단 관리
home-add-card = 카드 추가
home-billing-heading = 청구 정보
home-name-label = 이름
home-email-label = 이메일
home-address-label = 청구지 주소
home-no-address = 아직 청구지 주소가 없습니다.
home-edit-address = 청구지 주소 업데이트
home-tax-ids-label = 세금 ID
home-no-tax-ids = 없음
home-manage-tax-ids = 세금 ID 관리
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = 결제되지 않은 청구서가 있습니다: { $number }({ $amount })
home-pay-now = 지금 결제
home-latest-invoices = 최근 청구서
home-all-invoices = 모든 청구서 보기
home-done-heading = 다 마치셨나요?
