//! Arabic texts.

use super::Key;

/// The Arabic text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "بوابة عملاء Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "انتقل إلى المحتوى الرئيسي",
        Key::Footer => "المدفوعات والفوترة عبر Paylera.",
        Key::IntroLead => "يمكنك هنا إدارة اشتراكاتك وفواتيرك وطرق الدفع لدى نشاط تجاري يصدر لك الفواتير عبر Paylera.",
        Key::IntroHowToReach => {
            "تصل إلى هذه البوابة عبر رابط آمن من التاجر، أي النشاط التجاري الذي تشتري منه: ابحث عن رابط «إدارة الفوترة» أو «بوابة الفوترة» في تطبيقه أو موقعه الإلكتروني أو رسائله الإلكترونية. يسجّل الرابط دخولك لفترة قصيرة، ولا توجد كلمة مرور Paylera عليك تذكّرها."
        }
        Key::ServiceStatusHeading => "حالة الخدمة",
        Key::ApiStatusLabel => "حالة واجهة API: ",
        Key::StatusChecking => "جارٍ التحقق…",
        Key::StatusOk => "تعمل",
        Key::StatusUnavailable => "غير متاحة",
        Key::StatusUnreachable => "تعذّر الوصول",
        Key::StatusOkDescription => "خدمات الفوترة تعمل بشكل طبيعي.",
        Key::StatusUnavailableDescription => "خدمات الفوترة غير متاحة مؤقتًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.",
        Key::StatusUnreachableDescription => {
            "تعذّر علينا الوصول إلى خدمات الفوترة. يُرجى المحاولة مرة أخرى بعد بضع دقائق."
        }
        Key::DetailsHeading => "حول هذه البوابة",
        Key::DetailsButton => "ما الذي يمكنني فعله هنا؟",
        Key::DetailsSubscriptions => "عرض اشتراكاتك النشطة وتغييرها أو إلغاؤها.",
        Key::DetailsInvoices => "تنزيل الفواتير والإيصالات السابقة.",
        Key::DetailsPaymentMethods => "إضافة البطاقة أو الحساب المصرفي الذي تدفع به أو استبداله أو إزالته.",
        Key::DetailsBillingAddress => "تحديث عنوان الفوترة وبياناتك الضريبية.",
        Key::DetailsNote => {
            "يعتمد ما يمكنك تغييره على إعدادات التاجر. لأي استفسار عن عملية خصم، تواصل مع التاجر مباشرةً: فهو يستطيع الاطلاع على حسابك وإصدار المبالغ المستردة."
        }
        Key::SignedInHeading => "تم تسجيل الدخول",
        Key::SignedInLead => "لقد سجّلت الدخول لإدارة الفوترة الخاصة بك.",
        Key::SignedInHelp => {
            "عند الانتهاء، عُد إلى النشاط التجاري الذي أتيت منه. ينهي ذلك زيارتك هنا؛ وللعودة، افتح بوابة الفوترة الخاصة به مرة أخرى."
        }
        Key::ReturnToMerchantButton => "العودة إلى التاجر",
        Key::LinkExpiredHeading => "انتهت صلاحية هذا الرابط أو سبق استخدامه",
        Key::LinkExpiredAdvice => {
            "حفاظًا على أمانك، يعمل كل رابط إلى هذه البوابة مرة واحدة فقط ولفترة قصيرة. عُد إلى النشاط التجاري وافتح بوابة الفوترة مرة أخرى للحصول على رابط جديد."
        }
        Key::LinkRateLimitedHeading => "محاولات كثيرة جدًا، حاول مرة أخرى بعد دقيقة",
        Key::LinkRateLimitedAdvice => "تلقّينا محاولات كثيرة جدًا لفتح هذه البوابة. انتظر دقيقة، ثم أعد تحميل هذه الصفحة.",
        Key::LinkUnavailableHeading => "تعذّر علينا فتح بوابة الفوترة الخاصة بك",
        Key::LinkUnavailableAdvice => "لم تستجب خدمات الفوترة لدينا. يُرجى إعادة تحميل هذه الصفحة بعد بضع دقائق.",
        Key::ReturnTo => "العودة إلى {merchant}",
        Key::NotFoundHeading => "الصفحة غير موجودة",
        Key::NotFoundBody => {
            "لم نعثر على الصفحة التي طلبتها. إذا اتبعت رابطًا من نشاط تجاري يصدر لك الفواتير، فربما انتهت صلاحيته: اطلب منه رابطًا جديدًا."
        }
        Key::NotFoundHomeLink => "الانتقال إلى الصفحة الرئيسية للبوابة",
        Key::ModuleSubscriptionTitle => "الاشتراك",
        Key::ModuleSubscriptionDescription => "غيّر خطتك أو ألغِها.",
        Key::ModulePaymentMethodsTitle => "طرق الدفع",
        Key::ModulePaymentMethodsDescription => "أضف البطاقة أو الحساب المصرفي الذي تدفع به أو استبدله.",
        Key::ModuleInvoicesTitle => "الفواتير",
        Key::ModuleInvoicesDescription => "اعرض فواتيرك السابقة ونزّلها.",
        Key::ModuleTaxIdsTitle => "الأرقام الضريبية",
        Key::ModuleTaxIdsDescription => "أضف الأرقام الضريبية الظاهرة في فواتيرك أو احذفها.",
        Key::ModuleAddressTitle => "عنوان الفوترة",
        Key::ModuleAddressDescription => "حدّث العنوان الظاهر في فواتيرك.",
    }
}
