### ProblemText (tr)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Oturumunuz sona erdi. İşletmeye dönün ve fatura portalını yeniden açın.
problem-csrf-failed = Bu sayfa, güvenli bir şekilde gönderilemeyecek kadar uzun süre açık kaldı. Sayfayı yenileyip tekrar deneyin.
problem-service-unavailable = Faturalama hizmetleri şu anda yanıt vermiyor. Hiçbir şey değiştirilmedi; lütfen bir dakika sonra tekrar deneyin.
problem-not-allowed = Bu işlem fatura portalınızda kullanılamıyor.
problem-rate-limited = Kısa sürede çok fazla deneme yapıldı. Bir dakika bekleyin, ardından tekrar deneyin.
problem-not-found = Bu öğe bulunamadı. Kaldırılmış olabilir; sayfayı yenileyin.
problem-required = Bu alan zorunludur.
problem-invalid-value = Bu değer geçerli değil. Kontrol edip tekrar deneyin.
problem-invalid-country = Listeden bir ülke seçin.
problem-invalid-postal-code = Bu posta kodu seçtiğiniz ülke için geçerli değil.
problem-invalid-state = Seçtiğiniz ülkede bulunan bir eyalet, il veya bölge seçin.
problem-tax-id-type-unsupported = Bu vergi numarası türü desteklenmiyor. Başka bir tür seçin.
problem-tax-id-invalid = Bu vergi numarası, türüne uygun biçimde değil. Alanın altındaki örneğe bakın.
problem-tax-id-checksum-invalid = Bu vergi numarasında bir yazım hatası var: kontrol basamakları eşleşmiyor. Her karakteri kontrol edin.
problem-tax-id-limit-reached = Ekleyebileceğiniz en fazla vergi numarası sayısına ulaştınız. Yenisini eklemeden önce birini kaldırın.
problem-already-exists = Bunu zaten eklediniz.
problem-incorrect-number = Bu kart numarası geçerli değil. Rakamları kontrol edip tekrar deneyin.
problem-invalid-expiry-month = Son kullanma ayı 01 ile 12 arasında olmalıdır.
problem-invalid-expiry-year = Son kullanma yılı geçerli değil.
problem-expired-card = Bu kartın süresi dolmuş. Başka bir kart kullanın.
problem-invalid-cvc = Güvenlik kodu geçerli değil: kartın arkasındaki 3 haneli koddur (American Express'te ön yüzdeki 4 hane).
problem-card-declined = Kartınız reddedildi. Başka bir kart kullanın veya bankanızla iletişime geçin.
problem-insufficient-funds = Kartınızda yeterli bakiye yok. Başka bir kart kullanın veya bankanızla iletişime geçin.
problem-authentication-required = Bankanız, bu kartın kullanılabilmesi için onaylamanızı istiyor.
problem-authentication-failed = Bankanız bu kartı onaylayamadı. Tekrar deneyin veya başka bir kart kullanın.
problem-last-payment-method = Bu, etkin aboneliğinizin tek ödeme yöntemi. Önce başka bir kart ekleyin, ardından bunu kaldırın.
problem-payment-method-missing = Önce bir ödeme yöntemi ekleyin.
problem-invoice-not-payable = Bu fatura şu anda ödenemiyor: zaten ödenmiş veya geçersiz kılınmış olabilir. Sayfayı yenileyin.
problem-subscription-canceled = Bu abonelik sona erdi ve artık değiştirilemez.
problem-generic = Bir sorun oluştu ve hiçbir şey değiştirilmedi. Lütfen tekrar deneyin.
