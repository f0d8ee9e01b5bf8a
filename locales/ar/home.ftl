### HomeText (ar)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = نظرة عامة على الفوترة
home-next-charge-label = الدفعة التالية
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } في { $date }
home-manage-subscriptions = إدارة الاشتراكات
home-default-card-label = طريقة الدفع الافتراضية
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = تنتهي في { $date }
home-no-card = لا توجد طريقة دفع محفوظة بعد.
home-manage-cards = إدارة طرق الدفع
home-add-card = إضافة بطاقة
home-billing-heading = بيانات الفوترة
home-name-label = الاسم
home-email-label = البريد الإلكتروني
home-address-label = عنوان الفوترة
home-no-address = لا يوجد عنوان فوترة بعد.
home-edit-address = تحديث عنوان الفوترة
home-tax-ids-label = الأرقام الضريبية
home-no-tax-ids = لا يوجد
home-manage-tax-ids = إدارة الأرقام الضريبية
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = الفاتورة { $number } بمبلغ { $amount } غير مدفوعة.
home-pay-now = ادفع الآن
home-latest-invoices = أحدث الفواتير
home-all-invoices = عرض كل الفواتير
home-done-heading = هل انتهيت؟
