### SubscriptionText (he)
## The subscription pages' texts.

subscription-no-subscription = אין לך מינוי אצל בית עסק זה.
subscription-ended-heading = מינויים שהסתיימו
subscription-price-label = מחיר
subscription-quantity-label = כמות
subscription-status-label = סטטוס
subscription-renews-on = מתחדש בתאריך
subscription-ends-on = מסתיים בתאריך
subscription-ended-on = הסתיים בתאריך
subscription-pending-label = שינויים מתוכננים
subscription-pending-cancel = מסתיים בתאריך { $date } במקום להתחדש. הגישה נשמרת עד אז.
subscription-pending-downgrade = משתנה ל־{ $plan } × { $quantity } בתאריך { $date }.
subscription-per-day = { $amount } ליום
subscription-per-week = { $amount } לשבוע
subscription-per-month = { $amount } לחודש
subscription-per-year = { $amount } לשנה
subscription-every-days =
    { $count ->
        [one] { $amount } כל יום
        [two] { $amount } כל יומיים
       *[other] { $amount } כל { $count } ימים
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } כל שבוע
        [two] { $amount } כל שבועיים
       *[other] { $amount } כל { $count } שבועות
    }
subscription-every-months =
    { $count ->
        [one] { $amount } כל חודש
        [two] { $amount } כל חודשיים
       *[other] { $amount } כל { $count } חודשים
    }
subscription-every-years =
    { $count ->
        [one] { $amount } כל שנה
        [two] { $amount } כל שנתיים
       *[other] { $amount } כל { $count } שנים
    }
subscription-status-trialing = תקופת ניסיון חינם
subscription-status-active = פעיל
subscription-status-past-due = התשלום באיחור
subscription-status-unpaid = לא שולם
subscription-status-canceled = בוטל
subscription-change-link = שינוי { $plan }
subscription-cancel-plan = ביטול { $plan }
subscription-reactivate-plan = להמשיך עם { $plan }
subscription-resubscribe-plan = הרשמה מחדש ל־{ $plan }
subscription-done-changed = התוכנית שלך שונתה.
subscription-done-scheduled = השינוי ייכנס לתוקף בסוף התקופה הנוכחית.
subscription-done-canceled = המינוי שלך בוטל.
subscription-done-reactivated = המינוי שלך יתחדש כרגיל.
subscription-done-resubscribed = נרשמת מחדש.
subscription-change-heading = שינוי תוכנית
subscription-choose-plan-legend = תוכנית
subscription-current-plan = התוכנית הנוכחית
subscription-upgrade = שדרוג
subscription-downgrade = שנמוך
subscription-review-button = סקירת השינוי
subscription-no-other-plan = אין תוכנית אחרת זמינה למינוי זה.
subscription-review-heading = סקירת השינוי
subscription-new-plan-label = תוכנית חדשה
subscription-item-header = פריט
subscription-amount-header = סכום
subscription-line-unused = זמן שלא נוצל ב־{ $quantity } × { $plan }
subscription-line-remaining = הזמן שנותר ב־{ $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } עד { $date }
subscription-total-label = סה״כ
subscription-credit-applied-label = זיכוי מהיתרה שלך
subscription-due-now-label = לתשלום עכשיו
subscription-credit-added-label = זיכוי שנוסף ליתרה לחשבוניות הבאות
subscription-next-renewal = לאחר מכן { $price }, החיוב הבא בתאריך { $date }.
subscription-scheduled-note = השינוי ייכנס לתוקף בתאריך { $date }. לא יבוצע חיוב כעת.
subscription-no-change = זו כבר התוכנית והכמות שלך.
subscription-confirm-change = אישור השינוי
subscription-choose-another = בחירת תוכנית אחרת
subscription-cancel-heading = ביטול מינוי
subscription-access-until = בביטול, { $plan } יישאר פעיל עד { $date } ואז יסתיים. לא יבוצעו חיובים נוספים.
subscription-access-ends-now = בביטול, { $plan } יסתיים מיד והגישה תיפסק עכשיו.
subscription-reason-legend = מדוע את/ה מבטל/ת? (אופציונלי)
subscription-comment-label = יש עוד משהו שתרצה/י לספר לנו? (אופציונלי)
subscription-keep-subscription = להשאיר את המינוי
subscription-already-canceling = המינוי הזה כבר מסתיים בתאריך { $date }.
subscription-already-ended = המינוי הזה הסתיים.
subscription-reason-too-expensive = יקר מדי
subscription-reason-missing-features = חסרות תכונות שאני צריך/ה
subscription-reason-switched-service = אני עובר/ת לשירות אחר
subscription-reason-unused = אני לא משתמש/ת בזה מספיק
subscription-reason-customer-service = אני לא מרוצה משירות הלקוחות
subscription-reason-too-complex = מסובך מדי
subscription-reason-low-quality = האיכות לא מספיק טובה
subscription-reason-other = סיבה אחרת
subscription-status-paused = מושהה
subscription-resumes-on = חוזר לפעילות בתאריך
subscription-pending-pause = החיוב יושהה בתאריך { $start } ויתחדש בתאריך { $resume }.
subscription-pause-plan = השהיית { $plan }
subscription-resume-plan = הפעלה מחדש של { $plan } עכשיו
subscription-resume-note = בהפעלה מחדש עכשיו, תקופת חיוב חדשה מתחילה היום והתשלום עליה נגבה מיד.
subscription-keep-billing = ביטול ההשהיה של { $plan }
subscription-done-paused = המינוי שלך יושהה בסוף התקופה הנוכחית.
subscription-done-resumed = החיוב על המינוי שלך התחדש.
subscription-pause-heading = השהיית מינוי
subscription-pause-explain = החיוב יושהה בסוף התקופה הנוכחית, בתאריך { $date }. עד אז שום דבר לא משתנה; בזמן ההשהיה לא מתבצע שום חיוב. החיוב יתחדש מעצמו בסוף ההשהיה, או מוקדם יותר מתי שתבחר/י.
subscription-pause-legend = משך ההשהיה
subscription-pause-days =
    { $count ->
        [one] יום אחד
        [two] יומיים
       *[other] { $count } ימים
    }
subscription-pause-weeks =
    { $count ->
        [one] שבוע אחד
        [two] שבועיים
       *[other] { $count } שבועות
    }
subscription-pause-months =
    { $count ->
        [one] חודש אחד
        [two] חודשיים
       *[other] { $count } חודשים
    }
subscription-pause-years =
    { $count ->
        [one] שנה אחת
        [two] שנתיים
       *[other] { $count } שנים
    }
subscription-already-pausing = למינוי הזה כבר מוגדרת השהיה: החיוב יתחדש בתאריך { $date }.
subscription-cannot-pause = אי אפשר להשהות את המינוי הזה כרגע: רק מינוי פעיל שמחויב מראש, ללא ביטול מתוכנן, ניתן להשהיה.
subscription-offer-heading = רגע לפני שהולכים
subscription-offer-discount =
    { $count ->
        [one] אפשר להישאר עם { $plan } ולקבל { $percent }% הנחה על החשבונית הבאה.
        [two] אפשר להישאר עם { $plan } ולקבל { $percent }% הנחה על שתי החשבוניות הבאות.
       *[other] אפשר להישאר עם { $plan } ולקבל { $percent }% הנחה על { $count } החשבוניות הבאות.
    }
subscription-offer-pause = במקום זאת, אפשר להשהות את { $plan } למשך { $length }: החיוב יושהה בתאריך { $date }, בינתיים לא יבוצע שום חיוב, ואחר כך הוא יתחדש מעצמו.
subscription-accept-offer = קבלת ההצעה
subscription-decline-offer = לא תודה, ביטול { $plan }
subscription-done-retained = תודה שנשארת איתנו. ההצעה הוחלה על המינוי שלך.
subscription-discount-label = הנחה
subscription-discount-running =
    { $count ->
        [one] { $percent }% הנחה על החשבונית הבאה
        [two] { $percent }% הנחה על שתי החשבוניות הבאות
       *[other] { $percent }% הנחה על { $count } החשבוניות הבאות
    }
