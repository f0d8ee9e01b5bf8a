### Key (tr)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera müşteri portalı
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Ana içeriğe geç
shell-footer = Ödemeler ve faturalama: Paylera.
shell-intro-lead = Burada, size Paylera üzerinden fatura kesen bir işletmedeki aboneliklerinizi, faturalarınızı ve ödeme yöntemlerinizi yönetebilirsiniz.
shell-intro-how-to-reach = Bu portala, alışveriş yaptığınız işletmenin gönderdiği güvenli bir bağlantıyla ulaşırsınız: işletmenin uygulamasında, web sitesinde veya e-postalarında "Faturalamayı yönet" ya da "Fatura portalı" bağlantısını arayın. Bağlantı sizi kısa bir süre için oturum açmış hâle getirir; hatırlamanız gereken bir Paylera şifresi yoktur.
shell-signed-in-help = İşiniz bittiğinde geldiğiniz işletmeye dönün. Bu, buradaki ziyaretinizi sonlandırır; geri gelmek için işletmenin fatura portalını yeniden açın.
shell-return-to-merchant-button = İşletmeye dön
shell-link-expired-heading = Bu bağlantının süresi dolmuş veya bağlantı zaten kullanılmış
shell-link-expired-advice = Güvenliğiniz için bu portala giden her bağlantı yalnızca bir kez ve kısa bir süre çalışır. Yeni bir bağlantı almak için işletmeye dönüp fatura portalını yeniden açın.
shell-link-rate-limited-heading = Çok fazla deneme yapıldı, bir dakika sonra tekrar deneyin
shell-link-rate-limited-advice = Bu portalı açmak için çok fazla deneme aldık. Bir dakika bekleyin, ardından bu sayfayı yeniden yükleyin.
shell-link-unavailable-heading = Fatura portalınızı açamadık
shell-link-unavailable-advice = Faturalama hizmetlerimiz yanıt vermedi. Lütfen birkaç dakika sonra bu sayfayı yeniden yükleyin.
# Has the `{ $merchant }` placeholder.
shell-return-to = { $merchant } sitesine dön
shell-not-found-heading = Sayfa bulunamadı
shell-not-found-body = İstediğiniz sayfayı bulamadık. Size fatura kesen bir işletmenin bağlantısını izlediyseniz bağlantının süresi dolmuş olabilir: işletmeden yeni bir bağlantı isteyin.
shell-not-found-home-link = Portalın ana sayfasına git
shell-module-subscription-title = Abonelik
shell-module-subscription-description = Planınızı değiştirin veya iptal edin.
shell-module-payment-methods-title = Ödeme yöntemleri
shell-module-payment-methods-description = Ödeme yaptığınız kartı veya banka hesabını ekleyin ya da değiştirin.
shell-module-invoices-title = Faturalar
shell-module-invoices-description = Geçmiş faturalarınızı görüntüleyin ve indirin.
shell-module-tax-ids-title = Vergi numaraları
shell-module-tax-ids-description = Faturalarınızda görünen vergi numaralarını ekleyin veya kaldırın.
shell-module-address-title = Fatura adresi
shell-module-address-description = Faturalarınızdaki adresi güncelleyin.
