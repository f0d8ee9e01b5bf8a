//! Turkish texts.

use super::Key;

/// The Turkish text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Paylera müşteri portalı",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Ana içeriğe geç",
        Key::Footer => "Ödemeler ve faturalama: Paylera.",
        Key::IntroLead => {
            "Burada, size Paylera üzerinden fatura kesen bir işletmedeki aboneliklerinizi, faturalarınızı ve ödeme yöntemlerinizi yönetebilirsiniz."
        }
        Key::IntroHowToReach => {
            "Bu portala, alışveriş yaptığınız işletmenin gönderdiği güvenli bir bağlantıyla ulaşırsınız: işletmenin uygulamasında, web sitesinde veya e-postalarında \"Faturalamayı yönet\" ya da \"Fatura portalı\" bağlantısını arayın. Bağlantı sizi kısa bir süre için oturum açmış hâle getirir; hatırlamanız gereken bir Paylera şifresi yoktur."
        }
        Key::ServiceStatusHeading => "Hizmet durumu",
        Key::ApiStatusLabel => "API durumu: ",
        Key::StatusChecking => "kontrol ediliyor…",
        Key::StatusOk => "tamam",
        Key::StatusUnavailable => "kullanılamıyor",
        Key::StatusUnreachable => "ulaşılamıyor",
        Key::StatusOkDescription => "Faturalama hizmetleri sorunsuz çalışıyor.",
        Key::StatusUnavailableDescription => {
            "Faturalama hizmetleri geçici olarak kullanılamıyor. Lütfen birkaç dakika sonra tekrar deneyin."
        }
        Key::StatusUnreachableDescription => {
            "Faturalama hizmetlerimize ulaşılamadı. Lütfen birkaç dakika sonra tekrar deneyin."
        }
        Key::DetailsHeading => "Bu portal hakkında",
        Key::DetailsButton => "Burada neler yapabilirim?",
        Key::DetailsSubscriptions => "Etkin aboneliklerinizi görün, değiştirin veya iptal edin.",
        Key::DetailsInvoices => "Geçmiş faturaları ve makbuzları indirin.",
        Key::DetailsPaymentMethods => "Ödeme yaptığınız kartı veya banka hesabını ekleyin, değiştirin ya da kaldırın.",
        Key::DetailsBillingAddress => "Fatura adresinizi ve vergi bilgilerinizi güncelleyin.",
        Key::DetailsNote => {
            "Neleri değiştirebileceğiniz işletmenin ayarlarına bağlıdır. Bir ödemeyle ilgili sorularınız için doğrudan işletmeyle iletişime geçin: hesabınızı görebilir ve iade yapabilirler."
        }
        Key::SignedInHeading => "Oturum açıldı",
        Key::SignedInLead => "Faturalamanızı yönetmek için oturum açtınız.",
        Key::SignedInHelp => {
            "İşiniz bittiğinde geldiğiniz işletmeye dönün. Bu, buradaki ziyaretinizi sonlandırır; geri gelmek için işletmenin fatura portalını yeniden açın."
        }
        Key::ReturnToMerchantButton => "İşletmeye dön",
        Key::LinkExpiredHeading => "Bu bağlantının süresi dolmuş veya bağlantı zaten kullanılmış",
        Key::LinkExpiredAdvice => {
            "Güvenliğiniz için bu portala giden her bağlantı yalnızca bir kez ve kısa bir süre çalışır. Yeni bir bağlantı almak için işletmeye dönüp fatura portalını yeniden açın."
        }
        Key::LinkRateLimitedHeading => "Çok fazla deneme yapıldı, bir dakika sonra tekrar deneyin",
        Key::LinkRateLimitedAdvice => {
            "Bu portalı açmak için çok fazla deneme aldık. Bir dakika bekleyin, ardından bu sayfayı yeniden yükleyin."
        }
        Key::LinkUnavailableHeading => "Fatura portalınızı açamadık",
        Key::LinkUnavailableAdvice => {
            "Faturalama hizmetlerimiz yanıt vermedi. Lütfen birkaç dakika sonra bu sayfayı yeniden yükleyin."
        }
        Key::ReturnTo => "{merchant} sitesine dön",
        Key::NotFoundHeading => "Sayfa bulunamadı",
        Key::NotFoundBody => {
            "İstediğiniz sayfayı bulamadık. Size fatura kesen bir işletmenin bağlantısını izlediyseniz bağlantının süresi dolmuş olabilir: işletmeden yeni bir bağlantı isteyin."
        }
        Key::NotFoundHomeLink => "Portalın ana sayfasına git",
        Key::ModuleSubscriptionTitle => "Abonelik",
        Key::ModuleSubscriptionDescription => "Planınızı değiştirin veya iptal edin.",
        Key::ModulePaymentMethodsTitle => "Ödeme yöntemleri",
        Key::ModulePaymentMethodsDescription => "Ödeme yaptığınız kartı veya banka hesabını ekleyin ya da değiştirin.",
        Key::ModuleInvoicesTitle => "Faturalar",
        Key::ModuleInvoicesDescription => "Geçmiş faturalarınızı görüntüleyin ve indirin.",
        Key::ModuleTaxIdsTitle => "Vergi numaraları",
        Key::ModuleTaxIdsDescription => "Faturalarınızda görünen vergi numaralarını ekleyin veya kaldırın.",
        Key::ModuleAddressTitle => "Fatura adresi",
        Key::ModuleAddressDescription => "Faturalarınızdaki adresi güncelleyin.",
    }
}
