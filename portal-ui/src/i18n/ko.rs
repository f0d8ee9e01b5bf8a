//! Korean texts.

use super::Key;

/// The Korean text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera 고객 포털",
        Key::BrandName => "Paylera",
        Key::SkipLink => "본문으로 건너뛰기",
        Key::Footer => "결제 및 청구 서비스 제공: Paylera",
        Key::IntroLead => {
            "Paylera를 통해 요금을 청구하는 업체와의 구독, 청구서, 결제 수단을 여기에서 관리할 수 있습니다."
        }
        Key::IntroHowToReach => {
            "이 포털은 구매하신 업체(가맹점)가 보낸 보안 링크로 접속합니다. 업체의 앱, 웹사이트 또는 이메일에서 '결제 관리' 또는 '청구 포털' 링크를 찾아보세요. 링크를 열면 잠시 동안 로그인되며, 기억해야 할 Paylera 비밀번호는 없습니다."
        }
        Key::ServiceStatusHeading => "서비스 상태",
        Key::ApiStatusLabel => "API 상태: ",
        Key::StatusChecking => "확인 중…",
        Key::StatusOk => "정상",
        Key::StatusUnavailable => "사용 불가",
        Key::StatusUnreachable => "연결 불가",
        Key::StatusOkDescription => "청구 서비스가 정상적으로 운영되고 있습니다.",
        Key::StatusUnavailableDescription => {
            "청구 서비스를 일시적으로 사용할 수 없습니다. 몇 분 후에 다시 시도해 주세요."
        }
        Key::StatusUnreachableDescription => "청구 서비스에 연결할 수 없습니다. 몇 분 후에 다시 시도해 주세요.",
        Key::DetailsHeading => "이 포털 정보",
        Key::DetailsButton => "여기에서 무엇을 할 수 있나요?",
        Key::DetailsSubscriptions => "이용 중인 구독을 확인하고 변경하거나 해지합니다.",
        Key::DetailsInvoices => "지난 청구서와 영수증을 다운로드합니다.",
        Key::DetailsPaymentMethods => "결제에 사용하는 카드나 은행 계좌를 추가, 교체 또는 삭제합니다.",
        Key::DetailsBillingAddress => "청구지 주소와 세금 정보를 업데이트합니다.",
        Key::DetailsNote => {
            "변경할 수 있는 항목은 업체 설정에 따라 다릅니다. 요금에 관한 문의는 업체에 직접 연락해 주세요. 업체에서 계정을 확인하고 환불해 드릴 수 있습니다."
        }
        Key::SignedInHeading => "로그인됨",
        Key::SignedInLead => "결제 정보를 관리할 수 있도록 로그인되었습니다.",
        Key::SignedInHelp => {
            "완료되면 방문하셨던 업체로 돌아가세요. 그러면 이곳 방문이 종료됩니다. 다시 오려면 업체의 청구 포털을 다시 여세요."
        }
        Key::ReturnToMerchantButton => "업체로 돌아가기",
        Key::LinkExpiredHeading => "만료되었거나 이미 사용된 링크입니다",
        Key::LinkExpiredAdvice => {
            "보안을 위해 이 포털의 각 링크는 한 번만, 짧은 시간 동안만 작동합니다. 업체로 돌아가 청구 포털을 다시 열어 새 링크를 받으세요."
        }
        Key::LinkRateLimitedHeading => "시도 횟수가 너무 많습니다. 1분 후에 다시 시도하세요",
        Key::LinkRateLimitedAdvice => {
            "이 포털을 열려는 시도가 너무 많았습니다. 1분 기다린 후 이 페이지를 새로고침하세요."
        }
        Key::LinkUnavailableHeading => "청구 포털을 열 수 없습니다",
        Key::LinkUnavailableAdvice => "청구 서비스가 응답하지 않았습니다. 몇 분 후에 이 페이지를 새로고침하세요.",
        Key::ReturnTo => "{merchant}(으)로 돌아가기",
        Key::NotFoundHeading => "페이지를 찾을 수 없습니다",
        Key::NotFoundBody => {
            "요청하신 페이지를 찾을 수 없습니다. 요금을 청구하는 업체의 링크를 따라오셨다면 링크가 만료되었을 수 있습니다. 업체에 새 링크를 요청하세요."
        }
        Key::NotFoundHomeLink => "포털 홈으로 이동",
        Key::ModuleSubscriptionTitle => "구독",
        Key::ModuleSubscriptionDescription => "요금제를 변경하거나 해지합니다.",
        Key::ModulePaymentMethodsTitle => "결제 수단",
        Key::ModulePaymentMethodsDescription => "결제에 사용하는 카드나 은행 계좌를 추가하거나 변경합니다.",
        Key::ModuleInvoicesTitle => "청구서",
        Key::ModuleInvoicesDescription => "지난 청구서를 보고 다운로드합니다.",
        Key::ModuleTaxIdsTitle => "세금 ID",
        Key::ModuleTaxIdsDescription => "청구서에 표시되는 세금 ID를 추가하거나 삭제합니다.",
        Key::ModuleAddressTitle => "청구지 주소",
        Key::ModuleAddressDescription => "청구서의 주소를 업데이트합니다.",
    }
}
