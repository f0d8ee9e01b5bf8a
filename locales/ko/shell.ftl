### Key (ko)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera 고객 포털
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = 본문으로 건너뛰기
shell-footer = 결제 및 청구 서비스 제공: Paylera
shell-intro-lead = Paylera를 통해 요금을 청구하는 업체와의 구독, 청구서, 결제 수단을 여기에서 관리할 수 있습니다.
shell-intro-how-to-reach = 이 포털은 구매하신 업체(가맹점)가 보낸 보안 링크로 접속합니다. 업체의 앱, 웹사이트 또는 이메일에서 '결제 관리' 또는 '청구 포털' 링크를 찾아보세요. 링크를 열면 잠시 동안 로그인되며, 기억해야 할 Paylera 비밀번호는 없습니다.
shell-signed-in-help = 완료되면 방문하셨던 업체로 돌아가세요. 그러면 이곳 방문이 종료됩니다. 다시 오려면 업체의 청구 포털을 다시 여세요.
shell-return-to-merchant-button = 업체로 돌아가기
shell-link-expired-heading = 만료되었거나 이미 사용된 링크입니다
shell-link-expired-advice = 보안을 위해 이 포털의 각 링크는 한 번만, 짧은 시간 동안만 작동합니다. 업체로 돌아가 청구 포털을 다시 열어 새 링크를 받으세요.
shell-link-rate-limited-heading = 시도 횟수가 너무 많습니다. 1분 후에 다시 시도하세요
shell-link-rate-limited-advice = 이 포털을 열려는 시도가 너무 많았습니다. 1분 기다린 후 이 페이지를 새로고침하세요.
shell-link-unavailable-heading = 청구 포털을 열 수 없습니다
shell-link-unavailable-advice = 청구 서비스가 응답하지 않았습니다. 몇 분 후에 이 페이지를 새로고침하세요.
# Has the `{ $merchant }` placeholder.
shell-return-to = { $merchant }(으)로 돌아가기
shell-not-found-heading = 페이지를 찾을 수 없습니다
shell-not-found-body = 요청하신 페이지를 찾을 수 없습니다. 요금을 청구하는 업체의 링크를 따라오셨다면 링크가 만료되었을 수 있습니다. 업체에 새 링크를 요청하세요.
shell-not-found-home-link = 포털 홈으로 이동
shell-module-subscription-title = 구독
shell-module-subscription-description = 요금제를 변경하거나 해지합니다.
shell-module-payment-methods-title = 결제 수단
shell-module-payment-methods-description = 결제에 사용하는 카드나 은행 계좌를 추가하거나 변경합니다.
shell-module-invoices-title = 청구서
shell-module-invoices-description = 지난 청구서를 보고 다운로드합니다.
shell-module-tax-ids-title = 세금 ID
shell-module-tax-ids-description = 청구서에 표시되는 세금 ID를 추가하거나 삭제합니다.
shell-module-address-title = 청구지 주소
shell-module-address-description = 청구서의 주소를 업데이트합니다.
