### ProblemText (ko)
## The sentences a [`Problem`] is shown with.

problem-session-ended = 세션이 종료되었습니다. 업체로 돌아가 청구 포털을 다시 열어 주세요.
problem-csrf-failed = 이 페이지가 너무 오래 열려 있어 안전하게 제출할 수 없습니다. 페이지를 새로고침한 후 다시 시도해 주세요.
problem-service-unavailable = 현재 청구 서비스가 응답하지 않습니다. 변경된 내용은 없습니다. 1분 후에 다시 시도해 주세요.
problem-not-allowed = 이 작업은 청구 포털에서 사용할 수 없습니다.
problem-rate-limited = 짧은 시간에 시도 횟수가 너무 많습니다. 1분 기다린 후 다시 시도해 주세요.
problem-not-found = 이 항목을 찾을 수 없습니다. 삭제되었을 수 있으니 페이지를 새로고침해 주세요.
problem-required = 필수 입력 항목입니다.
problem-invalid-value = 유효하지 않은 값입니다. 확인 후 다시 시도해 주세요.
problem-invalid-country = 목록에서 국가를 선택해 주세요.
problem-invalid-postal-code = 선택한 국가에 유효하지 않은 우편번호입니다.
problem-invalid-state = 선택한 국가에 있는 주, 도 또는 지역을 선택해 주세요.
problem-tax-id-type-unsupported = 지원되지 않는 세금 ID 유형입니다. 다른 유형을 선택해 주세요.
problem-tax-id-invalid = 이 세금 ID는 해당 유형의 형식에 맞지 않습니다. 입력란 아래의 예시를 확인해 주세요.
problem-tax-id-checksum-invalid = 이 세금 ID에 오타가 있습니다. 검증 숫자가 일치하지 않으니 각 문자를 확인해 주세요.
problem-tax-id-limit-reached = 세금 ID를 최대 개수까지 추가했습니다. 새로 추가하려면 먼저 하나를 삭제해 주세요.
problem-already-exists = 이미 추가된 항목입니다.
problem-incorrect-number = 유효하지 않은 카드 번호입니다. 숫자를 확인한 후 다시 시도해 주세요.
problem-invalid-expiry-month = 만료 월은 01에서 12 사이여야 합니다.
problem-invalid-expiry-year = 만료 연도가 유효하지 않습니다.
problem-expired-card = 만료된 카드입니다. 다른 카드를 사용해 주세요.
problem-invalid-cvc = 보안 코드가 유효하지 않습니다. 보안 코드는 카드 뒷면의 숫자 3자리입니다(American Express는 앞면의 4자리).
problem-card-declined = 카드가 거절되었습니다. 다른 카드를 사용하거나 카드사에 문의해 주세요.
problem-insufficient-funds = 카드 잔액 또는 한도가 부족합니다. 다른 카드를 사용하거나 카드사에 문의해 주세요.
problem-authentication-required = 카드사에서 이 카드를 사용하기 전에 확인을 요청하고 있습니다.
problem-authentication-failed = 카드사에서 이 카드를 확인하지 못했습니다. 다시 시도하거나 다른 카드를 사용해 주세요.
problem-last-payment-method = 활성 구독에 등록된 유일한 결제 수단입니다. 먼저 다른 카드를 추가한 후 이 카드를 삭제해 주세요.
problem-payment-method-missing = 먼저 결제 수단을 추가해 주세요.
problem-invoice-not-payable = 지금은 이 청구서를 결제할 수 없습니다. 이미 결제되었거나 무효 처리되었을 수 있습니다. 페이지를 새로고침해 주세요.
problem-subscription-canceled = 종료된 구독이므로 더 이상 변경할 수 없습니다.
problem-generic = 문제가 발생하여 아무것도 변경되지 않았습니다. 다시 시도해 주세요.
