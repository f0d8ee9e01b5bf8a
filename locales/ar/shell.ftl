### Key (ar)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = بوابة عملاء Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = انتقل إلى المحتوى الرئيسي
shell-footer = المدفوعات والفوترة عبر Paylera.
shell-intro-lead = يمكنك هنا إدارة اشتراكاتك وفواتيرك وطرق الدفع لدى نشاط تجاري يصدر لك الفواتير عبر Paylera.
shell-intro-how-to-reach = تصل إلى هذه البوابة عبر رابط آمن من التاجر، أي النشاط التجاري الذي تشتري منه: ابحث عن رابط «إدارة الفوترة» أو «بوابة الفوترة» في تطبيقه أو موقعه الإلكتروني أو رسائله الإلكترونية. يسجّل الرابط دخولك لفترة قصيرة، ولا توجد كلمة مرور Paylera عليك تذكّرها.
shell-signed-in-help = عند الانتهاء، عُد إلى النشاط التجاري الذي أتيت منه. ينهي ذلك زيارتك هنا؛ وللعودة، افتح بوابة الفوترة الخاصة به مرة أخرى.
shell-return-to-merchant-button = العودة إلى التاجر
shell-link-expired-heading = انتهت صلاحية هذا الرابط أو سبق استخدامه
shell-link-expired-advice = حفاظًا على أمانك، يعمل كل رابط إلى هذه البوابة مرة واحدة فقط ولفترة قصيرة. عُد إلى النشاط التجاري وافتح بوابة الفوترة مرة أخرى للحصول على رابط جديد.
shell-link-rate-limited-heading = محاولات كثيرة جدًا، حاول مرة أخرى بعد دقيقة
shell-link-rate-limited-advice = تلقّينا محاولات كثيرة جدًا لفتح هذه البوابة. انتظر دقيقة، ثم أعد تحميل هذه الصفحة.
shell-link-unavailable-heading = تعذّر علينا فتح بوابة الفوترة الخاصة بك
shell-link-unavailable-advice = لم تستجب خدمات الفوترة لدينا. يُرجى إعادة تحميل هذه الصفحة بعد بضع دقائق.
# Has the `{ $merchant }` placeholder.
shell-return-to = العودة إلى { $merchant }
shell-not-found-heading = الصفحة غير موجودة
shell-not-found-body = لم نعثر على الصفحة التي طلبتها. إذا اتبعت رابطًا من نشاط تجاري يصدر لك الفواتير، فربما انتهت صلاحيته: اطلب منه رابطًا جديدًا.
shell-not-found-home-link = الانتقال إلى الصفحة الرئيسية للبوابة
shell-module-subscription-title = الاشتراك
shell-module-subscription-description = غيّر خطتك أو ألغِها.
shell-module-payment-methods-title = طرق الدفع
shell-module-payment-methods-description = أضف البطاقة أو الحساب المصرفي الذي تدفع به أو استبدله.
shell-module-invoices-title = الفواتير
shell-module-invoices-description = اعرض فواتيرك السابقة ونزّلها.
shell-module-tax-ids-title = الأرقام الضريبية
shell-module-tax-ids-description = أضف الأرقام الضريبية الظاهرة في فواتيرك أو احذفها.
shell-module-address-title = عنوان الفوترة
shell-module-address-description = حدّث العنوان الظاهر في فواتيرك.
