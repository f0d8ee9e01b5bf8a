### SubscriptionText (ar)
## The subscription pages' texts.

subscription-no-subscription = ليس لديك أي اشتراك لدى هذا التاجر.
subscription-ended-heading = الاشتراكات المنتهية
subscription-price-label = السعر
subscription-quantity-label = الكمية
subscription-status-label = الحالة
subscription-renews-on = يتجدد في
subscription-ends-on = ينتهي في
subscription-ended-on = انتهى في
subscription-pending-label = تغييرات معلّقة
subscription-pending-cancel = ينتهي في { $date } بدلًا من التجديد. يظل وصولك متاحًا حتى ذلك الحين.
subscription-pending-downgrade = يتغيّر إلى { $plan } × { $quantity } في { $date }.
subscription-per-day = { $amount } يوميًا
subscription-per-week = { $amount } أسبوعيًا
subscription-per-month = { $amount } شهريًا
subscription-per-year = { $amount } سنويًا
subscription-every-days =
    { $count ->
        [one] { $amount } كل يوم
        [two] { $amount } كل يومين
        [few] { $amount } كل { $count } أيام
        [many] { $amount } كل { $count } يومًا
       *[other] { $amount } كل { $count } يوم
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } كل أسبوع
        [two] { $amount } كل أسبوعين
        [few] { $amount } كل { $count } أسابيع
        [many] { $amount } كل { $count } أسبوعًا
       *[other] { $amount } كل { $count } أسبوع
    }
subscription-every-months =
    { $count ->
        [one] { $amount } كل شهر
        [two] { $amount } كل شهرين
        [few] { $amount } كل { $count } أشهر
        [many] { $amount } كل { $count } شهرًا
       *[other] { $amount } كل { $count } شهر
    }
subscription-every-years =
    { $count ->
        [one] { $amount } كل سنة
        [two] { $amount } كل سنتين
        [few] { $amount } كل { $count } سنوات
        [many] { $amount } كل { $count } سنة
       *[other] { $amount } كل { $count } سنة
    }
subscription-status-trialing = فترة تجريبية مجانية
subscription-status-active = نشط
subscription-status-past-due = الدفع متأخر
subscription-status-unpaid = غير مدفوع
subscription-status-canceled = مُلغى
subscription-change-link = تغيير { $plan }
subscription-cancel-plan = إلغاء { $plan }
subscription-reactivate-plan = الإبقاء على { $plan }
subscription-resubscribe-plan = الاشتراك مجددًا في { $plan }
subscription-done-changed = تم تغيير خطتك.
subscription-done-scheduled = سيسري التغيير في نهاية الفترة الحالية.
subscription-done-canceled = تم إلغاء اشتراكك.
subscription-done-reactivated = سيتجدد اشتراكك كالمعتاد.
subscription-done-resubscribed = لقد اشتركت مجددًا.
subscription-change-heading = تغيير الخطة
subscription-choose-plan-legend = الخطة
subscription-current-plan = الخطة الحالية
subscription-upgrade = ترقية
subscription-downgrade = تخفيض
subscription-review-button = مراجعة التغيير
subscription-no-other-plan = لا توجد خطة أخرى متاحة لهذا الاشتراك.
subscription-review-heading = راجِع التغيير
subscription-new-plan-label = الخطة الجديدة
subscription-item-header = البند
subscription-amount-header = المبلغ
subscription-line-unused = الوقت غير المستخدم من { $quantity } × { $plan }
subscription-line-remaining = الوقت المتبقي من { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } حتى { $date }
subscription-total-label = الإجمالي
subscription-credit-applied-label = رصيد مستخدم من حسابك
subscription-due-now-label = المستحق الآن
subscription-credit-added-label = رصيد يُضاف إلى حسابك لفواتيرك القادمة
subscription-next-renewal = بعد ذلك { $price }، والدفعة التالية في { $date }.
subscription-scheduled-note = يسري هذا التغيير في { $date }. لن يُحصَّل أي مبلغ الآن.
subscription-no-change = هذه هي خطتك وكميتك الحالية بالفعل.
subscription-confirm-change = تأكيد التغيير
subscription-choose-another = اختيار خطة أخرى
subscription-cancel-heading = إلغاء الاشتراك
subscription-access-until = إذا ألغيت، يظل { $plan } نشطًا حتى { $date } ثم ينتهي. لن تُحاسَب مرة أخرى.
subscription-access-ends-now = إذا ألغيت، ينتهي { $plan } فورًا ويتوقف وصولك الآن.
subscription-reason-legend = لماذا تلغي؟ (اختياري)
subscription-comment-label = هل هناك أي شيء آخر تود إخبارنا به؟ (اختياري)
subscription-keep-subscription = الإبقاء على اشتراكي
subscription-already-canceling = ينتهي هذا الاشتراك بالفعل في { $date }.
subscription-already-ended = انتهى هذا الاشتراك.
subscription-reason-too-expensive = السعر مرتفع جدًا
subscription-reason-missing-features = تنقصه ميزات أحتاجها
subscription-reason-switched-service = سأنتقل إلى خدمة أخرى
subscription-reason-unused = لا أستخدمه بما يكفي
subscription-reason-customer-service = لست راضيًا عن خدمة العملاء
subscription-reason-too-complex = إنه معقّد جدًا
subscription-reason-low-quality = الجودة ليست جيدة بما يكفي
subscription-reason-other = سبب آخر
subscription-status-paused = متوقف مؤقتًا
subscription-resumes-on = يُستأنف في
subscription-pending-pause = تتوقف الفوترة مؤقتًا في { $start } وتُستأنف في { $resume }.
subscription-pause-plan = إيقاف { $plan } مؤقتًا
subscription-resume-plan = استئناف { $plan } الآن
subscription-resume-note = يؤدي الاستئناف الآن إلى بدء فترة فوترة جديدة اليوم، ويُحصَّل مبلغها فورًا.
subscription-keep-billing = متابعة { $plan } دون إيقاف مؤقت
subscription-done-paused = سيتوقف اشتراكك مؤقتًا في نهاية الفترة الحالية.
subscription-done-resumed = استُؤنفت فوترة اشتراكك.
subscription-pause-heading = إيقاف الاشتراك مؤقتًا
subscription-pause-explain = تتوقف الفوترة مؤقتًا عند انتهاء فترتك الحالية في { $date }. حتى ذلك الحين لا يتغير شيء، ولا يُحصَّل أي مبلغ أثناء الإيقاف المؤقت. تُستأنف الفوترة تلقائيًا عند انتهاء الإيقاف، أو قبل ذلك متى شئت.
subscription-pause-legend = مدة الإيقاف
subscription-pause-days =
    { $count ->
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
subscription-pause-weeks =
    { $count ->
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $count } أسابيع
        [many] { $count } أسبوعًا
       *[other] { $count } أسبوع
    }
subscription-pause-months =
    { $count ->
        [one] شهر واحد
        [two] شهران
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    }
subscription-pause-years =
    { $count ->
        [one] سنة واحدة
        [two] سنتان
        [few] { $count } سنوات
        [many] { $count } سنة
       *[other] { $count } سنة
    }
subscription-already-pausing = لهذا الاشتراك إيقاف مؤقت بالفعل: تُستأنف الفوترة في { $date }.
subscription-cannot-pause = لا يمكن إيقاف هذا الاشتراك مؤقتًا الآن: لا يمكن ذلك إلا لاشتراك نشط يُدفع مقدمًا وليس له إلغاء معلّق.
subscription-offer-heading = قبل أن تغادر
subscription-offer-discount =
    { $count ->
        [one] ابقَ مع { $plan } واحصل على خصم { $percent }% على فاتورتك القادمة.
        [two] ابقَ مع { $plan } واحصل على خصم { $percent }% على فاتورتيك القادمتين.
        [few] ابقَ مع { $plan } واحصل على خصم { $percent }% على { $count } فواتير قادمة.
        [many] ابقَ مع { $plan } واحصل على خصم { $percent }% على { $count } فاتورةً قادمة.
       *[other] ابقَ مع { $plan } واحصل على خصم { $percent }% على { $count } فاتورة قادمة.
    }
subscription-offer-pause = بدلًا من ذلك، أوقف { $plan } مؤقتًا، ومدة الإيقاف { $length }: تتوقف الفوترة مؤقتًا في { $date }، ولا يُحصَّل أي مبلغ خلال ذلك، ثم تُستأنف تلقائيًا.
subscription-accept-offer = قبول العرض
subscription-decline-offer = لا، شكرًا، إلغاء { $plan }
subscription-done-retained = شكرًا لبقائك معنا. تم تطبيق العرض على اشتراكك.
subscription-discount-label = خصم
subscription-discount-running =
    { $count ->
        [one] خصم { $percent }% على الفاتورة القادمة
        [two] خصم { $percent }% على الفاتورتين القادمتين
        [few] خصم { $percent }% على { $count } فواتير قادمة
        [many] خصم { $percent }% على { $count } فاتورةً قادمة
       *[other] خصم { $percent }% على { $count } فاتورة قادمة
    }
