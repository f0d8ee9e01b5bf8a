### TaxIdText (ar)
## The tax IDs page.

tax-id-list-heading = أرقامك الضريبية
tax-id-empty = لم تُضف أي رقم ضريبي بعد.
tax-id-column-type = النوع
tax-id-column-number = الرقم
tax-id-column-status = التحقق
tax-id-column-actions = الإجراءات
tax-id-unverified = لم يتم التحقق
tax-id-pending = التحقق قيد التنفيذ
tax-id-verified = تم التحقق
tax-id-unavailable = التحقق غير متاح
tax-id-remove-number = إزالة { $number }
tax-id-confirm-heading = هل تريد إزالة هذا الرقم الضريبي؟
tax-id-confirm-text = لن يظهر { $number } على فواتيرك بعد الآن.
tax-id-confirm-button = نعم، أزِل { $number }
tax-id-keep = الإبقاء عليه
tax-id-add-heading = إضافة رقم ضريبي
tax-id-type-label = النوع (مطلوب)
tax-id-type-option = { $type } (مثال: { $example })
tax-id-value-label = الرقم (مطلوب)
tax-id-value-hint = { $type }: مثلًا { $example }. يتم تجاهل المسافات والنقاط والشرطات.
tax-id-add-button = إضافة الرقم الضريبي
tax-id-added = تمت إضافة الرقم الضريبي.
tax-id-removed = تمت إزالة الرقم الضريبي.
