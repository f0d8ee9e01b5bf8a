### ProblemText (he)
## The sentences a [`Problem`] is shown with.

problem-session-ended = הסשן הסתיים. יש לחזור לבית העסק ולפתוח שוב את פורטל החיובים.
problem-csrf-failed = הדף היה פתוח זמן רב מדי ולכן לא ניתן לשלוח אותו בבטחה. יש לטעון מחדש את הדף ולנסות שוב.
problem-service-unavailable = שירותי החיוב אינם מגיבים כרגע. לא בוצע שום שינוי; נא לנסות שוב בעוד דקה.
problem-not-allowed = הפעולה הזו אינה זמינה בפורטל החיובים שלך.
problem-rate-limited = יותר מדי ניסיונות בזמן קצר. יש להמתין דקה ולנסות שוב.
problem-not-found = לא מצאנו את הפריט הזה. ייתכן שהוא הוסר; יש לטעון מחדש את הדף.
problem-required = זהו שדה חובה.
problem-invalid-value = הערך אינו תקין. יש לבדוק אותו ולנסות שוב.
problem-invalid-country = יש לבחור מדינה מהרשימה.
problem-invalid-postal-code = המיקוד אינו תקין עבור המדינה שנבחרה.
problem-invalid-state = יש לבחור מחוז, פרובינציה או אזור שקיימים במדינה שנבחרה.
problem-tax-id-type-unsupported = סוג מספר המס הזה אינו נתמך. יש לבחור סוג אחר.
problem-tax-id-invalid = מספר המס אינו בפורמט הנכון לסוג שלו. אפשר להיעזר בדוגמה שמתחת לשדה.
problem-tax-id-checksum-invalid = במספר המס יש שגיאת הקלדה: ספרות הביקורת אינן תואמות. יש לבדוק כל תו.
problem-tax-id-limit-reached = הגעת למספר המרבי של מספרי מס. יש להסיר אחד לפני הוספת מספר נוסף.
problem-already-exists = הפריט הזה כבר נוסף.
problem-incorrect-number = מספר הכרטיס אינו תקין. יש לבדוק את הספרות ולנסות שוב.
problem-invalid-expiry-month = חודש התפוגה חייב להיות בין 01 ל־12.
problem-invalid-expiry-year = שנת התפוגה אינה תקינה.
problem-expired-card = תוקף הכרטיס פג. נא להשתמש בכרטיס אחר.
problem-invalid-cvc = קוד האבטחה אינו תקין: אלה 3 הספרות בגב הכרטיס (ב־American Express אלה 4 ספרות בחזית הכרטיס).
problem-card-declined = הכרטיס נדחה. נא להשתמש בכרטיס אחר או לפנות לבנק.
problem-insufficient-funds = אין מספיק כיסוי בכרטיס. נא להשתמש בכרטיס אחר או לפנות לבנק.
problem-authentication-required = הבנק מבקש לאשר את הכרטיס לפני שאפשר יהיה להשתמש בו.
problem-authentication-failed = הבנק לא הצליח לאשר את הכרטיס. נא לנסות שוב או להשתמש בכרטיס אחר.
problem-last-payment-method = זהו אמצעי התשלום היחיד של המינוי הפעיל שלך. יש להוסיף קודם כרטיס אחר, ורק אז להסיר את הכרטיס הזה.
problem-payment-method-missing = יש להוסיף קודם אמצעי תשלום.
problem-invoice-not-payable = אי אפשר לשלם את החשבונית כרגע: ייתכן שהיא כבר שולמה או בוטלה. יש לטעון מחדש את הדף.
problem-subscription-canceled = המינוי הסתיים ולא ניתן עוד לשנות אותו.
problem-generic = משהו השתבש ולא בוצע שום שינוי. נא לנסות שוב.
