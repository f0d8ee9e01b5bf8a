//! English texts.

use super::Key;

/// The English text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera customer portal",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Skip to main content",
        Key::Footer => "Payments and billing by Paylera.",
        Key::IntroLead => {
            "Here you can look after your subscriptions, invoices and payment methods with a business that bills you through Paylera."
        }
        Key::IntroHowToReach => {
            "You reach this portal through a secure link from your merchant, the business you buy from: look for a \"Manage billing\" or \"Billing portal\" link in their app, website or emails. The link signs you in for a short while; there is no Paylera password to remember."
        }
        Key::ServiceStatusHeading => "Service status",
        Key::ApiStatusLabel => "API status: ",
        Key::StatusChecking => "checking…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "unavailable",
        Key::StatusUnreachable => "unreachable",
        Key::StatusOkDescription => "Billing services are up and running.",
        Key::StatusUnavailableDescription => {
            "Billing services are temporarily unavailable. Please try again in a few minutes."
        }
        Key::StatusUnreachableDescription => {
            "We could not reach our billing services. Please try again in a few minutes."
        }
        Key::DetailsHeading => "About this portal",
        Key::DetailsButton => "What can I do here?",
        Key::DetailsSubscriptions => "See your active subscriptions and change or cancel them.",
        Key::DetailsInvoices => "Download past invoices and receipts.",
        Key::DetailsPaymentMethods => "Add, replace or remove the card or bank account you pay with.",
        Key::DetailsBillingAddress => "Update your billing address and tax details.",
        Key::DetailsNote => {
            "What you can change depends on your merchant's settings. For questions about a charge, contact the merchant directly: they can see your account and issue refunds."
        }
        Key::SignedInHeading => "Signed in",
        Key::SignedInLead => "You are signed in to manage your billing.",
        Key::SignedInHelp => {
            "When you are done, return to the business you came from. This ends your visit here; to come back, open their billing portal again."
        }
        Key::ReturnToMerchantButton => "Return to merchant",
        Key::LinkExpiredHeading => "This link has expired or was already used",
        Key::LinkExpiredAdvice => {
            "For your security, each link to this portal works once and only for a short time. Go back to the business and open their billing portal again to get a new link."
        }
        Key::LinkRateLimitedHeading => "Too many attempts, try again in a minute",
        Key::LinkRateLimitedAdvice => {
            "We received too many attempts to open this portal. Wait a minute, then reload this page."
        }
        Key::LinkUnavailableHeading => "We could not open your billing portal",
        Key::LinkUnavailableAdvice => "Our billing services did not respond. Please reload this page in a few minutes.",
        Key::ReturnTo => "Return to {merchant}",
        Key::NotFoundHeading => "Page not found",
        Key::NotFoundBody => {
            "We could not find the page you asked for. If you followed a link from a business that bills you, the link may have expired: ask them for a new one."
        }
        Key::NotFoundHomeLink => "Go to the portal's home page",
        Key::ModuleSubscriptionTitle => "Subscription",
        Key::ModuleSubscriptionDescription => "Change or cancel your plan.",
        Key::ModulePaymentMethodsTitle => "Payment methods",
        Key::ModulePaymentMethodsDescription => "Add or replace the card or bank account you pay with.",
        Key::ModuleInvoicesTitle => "Invoices",
        Key::ModuleInvoicesDescription => "View and download your past invoices.",
        Key::ModuleTaxIdsTitle => "Tax IDs",
        Key::ModuleTaxIdsDescription => "Add or remove the tax IDs shown on your invoices.",
        Key::ModuleAddressTitle => "Billing address",
        Key::ModuleAddressDescription => "Update the address on your invoices.",
    }
}
