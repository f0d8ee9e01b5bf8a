### InvoiceText (ar)
## The invoices page's texts.

invoice-caption = فواتيرك، من الأحدث إلى الأقدم
invoice-column-number = رقم الفاتورة
invoice-column-date = التاريخ
invoice-column-amount = المبلغ
invoice-column-status = الحالة
invoice-column-actions = الإجراءات
invoice-state-draft = مسودة
invoice-state-due = مستحقة
invoice-state-payment-failed = فشل الدفع
invoice-state-paid = مدفوعة
invoice-state-void = ملغاة
invoice-state-uncollectible = غير قابلة للتحصيل
invoice-download-pdf = تنزيل { $number } (PDF)
invoice-download-receipt = تنزيل إيصال { $number } (PDF)
invoice-retry-payment = إعادة محاولة دفع { $number }
invoice-empty = ليست لديك فواتير بعد.
invoice-older-invoices = الفواتير الأقدم
invoice-newest-invoices = أحدث الفواتير
invoice-pages-label = مزيد من الفواتير
invoice-paid = شكرًا لك: تمت عملية الدفع بنجاح وأصبحت الفاتورة مدفوعة.
invoice-challenge-heading = تأكيد دفع { $number }
invoice-challenge-body = يطلب منك البنك الذي تتعامل معه تأكيد هذه الدفعة بمبلغ { $amount }. وافق عليها لدفع الفاتورة الآن، أو ارفضها إذا لم تطلبها.
