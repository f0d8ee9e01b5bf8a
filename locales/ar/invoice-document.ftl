### InvoiceDocumentText (ar)
## The invoice and receipt PDFs' texts (printed by the API; the portal does not show them).

invoice-document-invoice = فاتورة
invoice-document-receipt = إيصال
invoice-document-bill-to = فاتورة إلى
invoice-document-date-of-issue = تاريخ الإصدار
invoice-document-due-date = تاريخ الاستحقاق
invoice-document-period = فترة الخدمة
invoice-document-description = الوصف
invoice-document-qty = الكمية
invoice-document-unit-price = سعر الوحدة
invoice-document-amount = المبلغ
invoice-document-subtotal = المجموع الفرعي
invoice-document-tax = الضريبة
invoice-document-total = الإجمالي
invoice-document-amount-paid = المبلغ المدفوع
invoice-document-amount-due = المبلغ المستحق
invoice-document-page = صفحة
invoice-document-status-draft = مسودة
invoice-document-status-open = غير مدفوعة
invoice-document-status-paid = مدفوعة
invoice-document-status-void = ملغاة
invoice-document-status-uncollectible = غير قابلة للتحصيل
invoice-document-credit-applied = رصيد العميل المطبّق: { $amount }
invoice-document-tax-id = { $type }: { $value }
invoice-document-invoice-number = رقم الفاتورة
invoice-document-paid-on = تاريخ الدفع
invoice-document-payment-method = طريقة الدفع
invoice-document-card = { $brand } المنتهية بـ { $last4 }
