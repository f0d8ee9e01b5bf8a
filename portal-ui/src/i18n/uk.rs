//! Ukrainian texts.

use super::Key;

/// The Ukrainian text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Клієнтський портал Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Перейти до основного вмісту",
        Key::Footer => "Платежі та рахунки — Paylera.",
        Key::IntroLead => {
            "Тут можна керувати підписками, рахунками та способами оплати в компанії, яка виставляє вам рахунки через Paylera."
        }
        Key::IntroHowToReach => {
            "На цей портал ви потрапляєте за захищеним посиланням від продавця — компанії, у якої купуєте: знайдіть посилання «Керувати оплатою» або «Портал оплати» в її застосунку, на сайті чи в листах. Посилання входить у систему на короткий час; пароль Paylera не потрібен."
        }
        Key::ServiceStatusHeading => "Стан сервісу",
        Key::ApiStatusLabel => "Стан API: ",
        Key::StatusChecking => "перевірка…",
        Key::StatusOk => "працює",
        Key::StatusUnavailable => "недоступний",
        Key::StatusUnreachable => "немає зв'язку",
        Key::StatusOkDescription => "Платіжні сервіси працюють у звичайному режимі.",
        Key::StatusUnavailableDescription => {
            "Платіжні сервіси тимчасово недоступні. Спробуйте ще раз за кілька хвилин."
        }
        Key::StatusUnreachableDescription => {
            "Не вдалося зв'язатися з нашими платіжними сервісами. Спробуйте ще раз за кілька хвилин."
        }
        Key::DetailsHeading => "Про цей портал",
        Key::DetailsButton => "Що тут можна зробити?",
        Key::DetailsSubscriptions => "Переглянути активні підписки, змінити або скасувати їх.",
        Key::DetailsInvoices => "Завантажити попередні рахунки та квитанції.",
        Key::DetailsPaymentMethods => "Додати, замінити або видалити картку чи банківський рахунок, яким ви платите.",
        Key::DetailsBillingAddress => "Оновити платіжну адресу та податкові дані.",
        Key::DetailsNote => {
            "Що саме можна змінити, залежить від налаштувань продавця. З питань щодо списання звертайтеся безпосередньо до продавця: він бачить ваш обліковий запис і може повернути кошти."
        }
        Key::SignedInHeading => "Ви ввійшли",
        Key::SignedInLead => "Ви ввійшли, щоб керувати оплатою.",
        Key::SignedInHelp => {
            "Коли закінчите, поверніться до компанії, з якої прийшли. Це завершить ваш візит; щоб повернутися, знову відкрийте її портал оплати."
        }
        Key::ReturnToMerchantButton => "Повернутися до продавця",
        Key::LinkExpiredHeading => "Термін дії посилання минув або його вже використано",
        Key::LinkExpiredAdvice => {
            "З міркувань безпеки кожне посилання на цей портал працює лише один раз і недовго. Поверніться до компанії та знову відкрийте її портал оплати, щоб отримати нове посилання."
        }
        Key::LinkRateLimitedHeading => "Забагато спроб, спробуйте ще раз за хвилину",
        Key::LinkRateLimitedAdvice => {
            "Ми отримали забагато спроб відкрити цей портал. Зачекайте хвилину, а потім перезавантажте сторінку."
        }
        Key::LinkUnavailableHeading => "Не вдалося відкрити ваш портал оплати",
        Key::LinkUnavailableAdvice => "Наші платіжні сервіси не відповіли. Перезавантажте сторінку за кілька хвилин.",
        Key::ReturnTo => "Повернутися до {merchant}",
        Key::NotFoundHeading => "Сторінку не знайдено",
        Key::NotFoundBody => {
            "Ми не знайшли сторінку, яку ви шукали. Якщо ви перейшли за посиланням від компанії, що виставляє вам рахунки, можливо, його термін дії минув: попросіть нове."
        }
        Key::NotFoundHomeLink => "Перейти на головну сторінку порталу",
        Key::ModuleSubscriptionTitle => "Підписка",
        Key::ModuleSubscriptionDescription => "Змініть або скасуйте свій тариф.",
        Key::ModulePaymentMethodsTitle => "Способи оплати",
        Key::ModulePaymentMethodsDescription => "Додайте або замініть картку чи банківський рахунок, яким ви платите.",
        Key::ModuleInvoicesTitle => "Рахунки",
        Key::ModuleInvoicesDescription => "Переглядайте та завантажуйте свої попередні рахунки.",
        Key::ModuleTaxIdsTitle => "Податкові номери",
        Key::ModuleTaxIdsDescription => "Додайте або видаліть податкові номери, зазначені у ваших рахунках.",
        Key::ModuleAddressTitle => "Платіжна адреса",
        Key::ModuleAddressDescription => "Оновіть адресу у своїх рахунках.",
    }
}
