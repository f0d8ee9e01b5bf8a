### LayoutText (he)
## Texts shared by every module page.

layout-session-ended-heading = הסשן הסתיים
layout-session-ended-advice = למען אבטחתך, סשנים בפורטל החיובים מסתיימים אחרי זמן מה או כשחוזרים לבית העסק. כדי להמשיך, יש לחזור לבית העסק ולפתוח שוב את פורטל החיובים.
layout-problem-heading = משהו השתבש
layout-nav-label = חיובים
layout-overview = סקירה כללית
layout-menu = תפריט
layout-language-label = שפה
layout-language-button = החלפת שפה
layout-terms = תנאי השירות
layout-privacy = מדיניות הפרטיות
layout-session-ending-soon =
    { $minutes ->
        [one] הסשן יסתיים בעוד כדקה. כדי לשמור את מה שהקלדת, כדאי להישאר מחובר/ת.
        [two] הסשן יסתיים בעוד כשתי דקות. כדי לשמור את מה שהקלדת, כדאי להישאר מחובר/ת.
       *[other] הסשן יסתיים בעוד כ־{ $minutes } דקות. כדי לשמור את מה שהקלדת, כדאי להישאר מחובר/ת.
    }
layout-stay-signed-in = להישאר מחובר/ת
layout-back-to-overview = חזרה לסקירה הכללית
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = מחובר/ת בתור { $account }
