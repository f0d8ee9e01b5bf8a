### LayoutText (ar)
## Texts shared by every module page.

layout-session-ended-heading = انتهت جلستك
layout-session-ended-advice = حفاظًا على أمانك، تنتهي جلسات الفوترة بعد فترة أو عند عودتك إلى التاجر. للمتابعة، عُد إلى التاجر وافتح بوابة الفوترة مرة أخرى.
layout-problem-heading = حدث خطأ
layout-nav-label = الفوترة
layout-overview = نظرة عامة
layout-menu = القائمة
layout-language-label = اللغة
layout-language-button = تغيير اللغة
layout-terms = شروط الخدمة
layout-privacy = سياسة الخصوصية
layout-session-ending-soon =
    { $minutes ->
        [one] ستنتهي جلستك خلال دقيقة واحدة تقريبًا. مدِّد الجلسة للاحتفاظ بما كتبته.
        [two] ستنتهي جلستك خلال دقيقتين تقريبًا. مدِّد الجلسة للاحتفاظ بما كتبته.
        [few] ستنتهي جلستك خلال { $minutes } دقائق تقريبًا. مدِّد الجلسة للاحتفاظ بما كتبته.
       *[other] ستنتهي جلستك خلال { $minutes } دقيقة تقريبًا. مدِّد الجلسة للاحتفاظ بما كتبته.
    }
layout-stay-signed-in = تمديد الجلسة
layout-back-to-overview = العودة إلى النظرة العامة
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = تم تسجيل الدخول باسم { $account }
