### ProblemText (ar)
## The sentences a [`Problem`] is shown with.

problem-session-ended = انتهت جلستك. عُد إلى التاجر وافتح بوابة الفوترة مرة أخرى.
problem-csrf-failed = ظلّت هذه الصفحة مفتوحة مدة طويلة جدًا بحيث لا يمكن إرسالها بأمان. أعد تحميل الصفحة وحاول مرة أخرى.
problem-service-unavailable = خدمات الفوترة لا تستجيب حاليًا. لم يتم تغيير أي شيء؛ يُرجى المحاولة مرة أخرى بعد دقيقة.
problem-not-allowed = هذا الإجراء غير متاح في بوابة الفوترة الخاصة بك.
problem-rate-limited = محاولات كثيرة جدًا خلال وقت قصير. انتظر دقيقة، ثم حاول مرة أخرى.
problem-not-found = تعذّر علينا العثور على هذا العنصر. ربما تمت إزالته؛ أعد تحميل الصفحة.
problem-required = هذا الحقل مطلوب.
problem-invalid-value = هذه القيمة غير صالحة. تحقّق منها وحاول مرة أخرى.
problem-invalid-country = اختر دولة من القائمة.
problem-invalid-postal-code = هذا الرمز البريدي غير صالح للدولة التي اخترتها.
problem-invalid-state = اختر ولاية أو مقاطعة أو منطقة موجودة في الدولة التي اخترتها.
problem-tax-id-type-unsupported = هذا النوع من الأرقام الضريبية غير مدعوم. اختر نوعًا آخر.
problem-tax-id-invalid = هذا الرقم الضريبي ليس بالتنسيق الصحيح لنوعه. راجع المثال أسفل الحقل.
problem-tax-id-checksum-invalid = يحتوي هذا الرقم الضريبي على خطأ مطبعي: أرقام التحقق غير متطابقة. تحقّق من كل حرف.
problem-tax-id-limit-reached = لقد بلغت الحد الأقصى لعدد الأرقام الضريبية. أزِل رقمًا قبل إضافة رقم آخر.
problem-already-exists = لقد أضفت هذا بالفعل.
problem-incorrect-number = رقم البطاقة هذا غير صالح. تحقّق من الأرقام وحاول مرة أخرى.
problem-invalid-expiry-month = يجب أن يكون شهر انتهاء الصلاحية بين 01 و12.
problem-invalid-expiry-year = سنة انتهاء الصلاحية غير صالحة.
problem-expired-card = انتهت صلاحية هذه البطاقة. استخدم بطاقة أخرى.
problem-invalid-cvc = رمز الأمان غير صالح: وهو الأرقام الثلاثة على ظهر البطاقة (أو الأرقام الأربعة على وجهها لبطاقات American Express).
problem-card-declined = تم رفض بطاقتك. استخدم بطاقة أخرى أو تواصل مع البنك الذي تتعامل معه.
problem-insufficient-funds = رصيد بطاقتك غير كافٍ. استخدم بطاقة أخرى أو تواصل مع البنك الذي تتعامل معه.
problem-authentication-required = يطلب منك البنك الذي تتعامل معه تأكيد هذه البطاقة قبل استخدامها.
problem-authentication-failed = تعذّر على البنك الذي تتعامل معه تأكيد هذه البطاقة. حاول مرة أخرى أو استخدم بطاقة أخرى.
problem-last-payment-method = هذه هي طريقة الدفع الوحيدة لاشتراكك النشط. أضف بطاقة أخرى أولًا، ثم أزِل هذه البطاقة.
problem-payment-method-missing = أضف طريقة دفع أولًا.
problem-invoice-not-payable = لا يمكن دفع هذه الفاتورة الآن: ربما تم دفعها بالفعل أو إلغاؤها. أعد تحميل الصفحة.
problem-subscription-canceled = انتهى هذا الاشتراك ولم يعد من الممكن تغييره.
problem-generic = حدث خطأ ولم يتم تغيير أي شيء. يُرجى المحاولة مرة أخرى.
