//! Japanese texts.

use super::Key;

/// The Japanese text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera カスタマーポータル",
        Key::BrandName => "Paylera",
        Key::SkipLink => "メインコンテンツへスキップ",
        Key::Footer => "決済・請求は Paylera が提供しています。",
        Key::IntroLead => {
            "Paylera を通じて請求を行う事業者との間で、サブスクリプション、請求書、お支払い方法を管理できます。"
        }
        Key::IntroHowToReach => {
            "このポータルには、ご購入先の事業者（加盟店）から届く安全なリンクでアクセスします。事業者のアプリ、ウェブサイト、メールにある「請求の管理」や「請求ポータル」などのリンクをお探しください。リンクを開くと短時間ログインした状態になります。Paylera のパスワードは必要ありません。"
        }
        Key::ServiceStatusHeading => "サービスの状態",
        Key::ApiStatusLabel => "API の状態: ",
        Key::StatusChecking => "確認中…",
        Key::StatusOk => "正常",
        Key::StatusUnavailable => "利用不可",
        Key::StatusUnreachable => "接続不可",
        Key::StatusOkDescription => "請求サービスは正常に稼働しています。",
        Key::StatusUnavailableDescription => "請求サービスは一時的に利用できません。数分後にもう一度お試しください。",
        Key::StatusUnreachableDescription => "請求サービスに接続できませんでした。数分後にもう一度お試しください。",
        Key::DetailsHeading => "このポータルについて",
        Key::DetailsButton => "ここでできること",
        Key::DetailsSubscriptions => "有効なサブスクリプションの確認、変更、解約。",
        Key::DetailsInvoices => "過去の請求書と領収書のダウンロード。",
        Key::DetailsPaymentMethods => "お支払いに使うカードや銀行口座の追加、変更、削除。",
        Key::DetailsBillingAddress => "請求先住所と税務情報の更新。",
        Key::DetailsNote => {
            "変更できる内容は事業者の設定によって異なります。請求内容についてのご質問は、事業者に直接お問い合わせください。事業者はお客様のアカウントを確認し、返金を行うことができます。"
        }
        Key::SignedInHeading => "ログイン中",
        Key::SignedInLead => "請求情報を管理するためにログインしています。",
        Key::SignedInHelp => {
            "操作が終わったら、元の事業者のサイトにお戻りください。これでこのポータルの利用は終了します。再度アクセスするには、事業者の請求ポータルをもう一度開いてください。"
        }
        Key::ReturnToMerchantButton => "事業者に戻る",
        Key::LinkExpiredHeading => "このリンクは期限切れか、すでに使用されています",
        Key::LinkExpiredAdvice => {
            "安全のため、このポータルへのリンクは 1 回のみ、短時間だけ有効です。事業者に戻って請求ポータルをもう一度開き、新しいリンクを取得してください。"
        }
        Key::LinkRateLimitedHeading => "試行回数が多すぎます。1 分後にもう一度お試しください",
        Key::LinkRateLimitedAdvice => {
            "このポータルを開く試行が多すぎました。1 分待ってから、このページを再読み込みしてください。"
        }
        Key::LinkUnavailableHeading => "請求ポータルを開けませんでした",
        Key::LinkUnavailableAdvice => {
            "請求サービスから応答がありませんでした。数分後にこのページを再読み込みしてください。"
        }
        Key::ReturnTo => "{merchant} に戻る",
        Key::NotFoundHeading => "ページが見つかりません",
        Key::NotFoundBody => {
            "お探しのページが見つかりませんでした。請求元の事業者からのリンクをたどった場合は、リンクの期限が切れている可能性があります。新しいリンクを依頼してください。"
        }
        Key::NotFoundHomeLink => "ポータルのホームへ",
        Key::ModuleSubscriptionTitle => "サブスクリプション",
        Key::ModuleSubscriptionDescription => "プランを変更またはキャンセルします。",
        Key::ModulePaymentMethodsTitle => "お支払い方法",
        Key::ModulePaymentMethodsDescription => "お支払いに使うカードや銀行口座を追加または変更します。",
        Key::ModuleInvoicesTitle => "請求書",
        Key::ModuleInvoicesDescription => "過去の請求書を表示・ダウンロードします。",
        Key::ModuleTaxIdsTitle => "税務ID",
        Key::ModuleTaxIdsDescription => "請求書に記載する税務IDを追加または削除します。",
        Key::ModuleAddressTitle => "請求先住所",
        Key::ModuleAddressDescription => "請求書に記載する住所を更新します。",
    }
}
