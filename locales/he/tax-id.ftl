### TaxIdText (he)
## The tax IDs page.

tax-id-list-heading = מספרי המס שלך
tax-id-empty = עדיין לא הוספת מספר מס.
tax-id-column-type = סוג
tax-id-column-number = מספר
tax-id-column-status = אימות
tax-id-column-actions = פעולות
tax-id-unverified = לא אומת
tax-id-pending = האימות בתהליך
tax-id-verified = אומת
tax-id-unavailable = האימות אינו זמין
tax-id-remove-number = הסרת { $number }
tax-id-confirm-heading = להסיר את מספר המס הזה?
tax-id-confirm-text = { $number } לא יופיע עוד בחשבוניות שלך.
tax-id-confirm-button = כן, להסיר את { $number }
tax-id-keep = להשאיר
tax-id-add-heading = הוספת מספר מס
tax-id-type-label = סוג (חובה)
tax-id-type-option = { $type } (לדוגמה { $example })
tax-id-value-label = מספר (חובה)
tax-id-value-hint = { $type }: לדוגמה { $example }. רווחים, נקודות ומקפים אינם נלקחים בחשבון.
tax-id-add-button = הוספת מספר המס
tax-id-added = מספר המס נוסף.
tax-id-removed = מספר המס הוסר.
