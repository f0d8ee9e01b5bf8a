//! Chinese (Simplified) texts.

use super::Key;

/// The Chinese (Simplified) text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera 客户门户",
        Key::BrandName => "Paylera",
        Key::SkipLink => "跳到主要内容",
        Key::Footer => "支付与账单服务由 Paylera 提供。",
        Key::IntroLead => "在这里，您可以管理在通过 Paylera 向您收费的商家处的订阅、发票和付款方式。",
        Key::IntroHowToReach => {
            "您可以通过商家（即您购买的企业）发送的安全链接进入本门户：请在其应用、网站或电子邮件中查找“管理账单”或“账单门户”链接。该链接会让您短时间内保持登录，无需记住任何 Paylera 密码。"
        }
        Key::ServiceStatusHeading => "服务状态",
        Key::ApiStatusLabel => "API 状态：",
        Key::StatusChecking => "正在检查…",
        Key::StatusOk => "正常",
        Key::StatusUnavailable => "不可用",
        Key::StatusUnreachable => "无法连接",
        Key::StatusOkDescription => "账单服务运行正常。",
        Key::StatusUnavailableDescription => "账单服务暂时不可用，请过几分钟再试。",
        Key::StatusUnreachableDescription => "无法连接到我们的账单服务，请过几分钟再试。",
        Key::DetailsHeading => "关于本门户",
        Key::DetailsButton => "我可以在这里做什么？",
        Key::DetailsSubscriptions => "查看有效订阅，并进行更改或取消。",
        Key::DetailsInvoices => "下载以往的发票和收据。",
        Key::DetailsPaymentMethods => "添加、更换或移除您用于付款的银行卡或银行账户。",
        Key::DetailsBillingAddress => "更新账单地址和税务信息。",
        Key::DetailsNote => {
            "您可以更改的内容取决于商家的设置。如对扣款有疑问，请直接联系商家：商家可以查看您的账户并办理退款。"
        }
        Key::SignedInHeading => "已登录",
        Key::SignedInLead => "您已登录，可以管理账单。",
        Key::SignedInHelp => "完成后，请返回您来自的商家。这将结束您在此的访问；如需再次访问，请重新打开其账单门户。",
        Key::ReturnToMerchantButton => "返回商家",
        Key::LinkExpiredHeading => "此链接已过期或已被使用",
        Key::LinkExpiredAdvice => {
            "为了您的安全，本门户的每个链接只能使用一次，且仅短时间有效。请返回商家并重新打开其账单门户以获取新链接。"
        }
        Key::LinkRateLimitedHeading => "尝试次数过多，请一分钟后再试",
        Key::LinkRateLimitedAdvice => "我们收到了过多打开本门户的尝试。请等待一分钟，然后重新加载此页面。",
        Key::LinkUnavailableHeading => "无法打开您的账单门户",
        Key::LinkUnavailableAdvice => "我们的账单服务没有响应。请过几分钟重新加载此页面。",
        Key::ReturnTo => "返回 {merchant}",
        Key::NotFoundHeading => "找不到页面",
        Key::NotFoundBody => {
            "找不到您请求的页面。如果您是通过向您收费的商家的链接进入的，该链接可能已过期：请向商家索取新链接。"
        }
        Key::NotFoundHomeLink => "前往门户首页",
        Key::ModuleSubscriptionTitle => "订阅",
        Key::ModuleSubscriptionDescription => "更改或取消您的方案。",
        Key::ModulePaymentMethodsTitle => "付款方式",
        Key::ModulePaymentMethodsDescription => "添加或更换您用于付款的银行卡或银行账户。",
        Key::ModuleInvoicesTitle => "发票",
        Key::ModuleInvoicesDescription => "查看并下载您过去的发票。",
        Key::ModuleTaxIdsTitle => "税号",
        Key::ModuleTaxIdsDescription => "添加或删除发票上显示的税号。",
        Key::ModuleAddressTitle => "账单地址",
        Key::ModuleAddressDescription => "更新您发票上的地址。",
    }
}
