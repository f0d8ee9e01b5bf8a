### InvoiceText (el)
## The invoices page's texts.

invoice-caption = Τα τιμολόγιά σας, από το πιο πρόσφατο
invoice-column-number = Αριθμός τιμολογίου
invoice-column-date = Ημερομηνία
invoice-column-amount = Ποσό
invoice-column-status = Κατάσταση
invoice-column-actions = Ενέργειες
invoice-state-draft = Πρόχειρο
invoice-state-due = Προς πληρωμή
invoice-state-payment-failed = Η πληρωμή απέτυχε
invoice-state-paid = Πληρωμένο
invoice-state-void = Ακυρωμένο
invoice-state-uncollectible = Μη εισπράξιμο
invoice-download-pdf = Λήψη { $number } (PDF)
invoice-download-receipt = Λήψη απόδειξης για { $number } (PDF)
invoice-retry-payment = Επανάληψη πληρωμής του { $number }
invoice-empty = Δεν έχετε ακόμη τιμολόγια.
invoice-older-invoices = Παλαιότερα τιμολόγια
invoice-newest-invoices = Πιο πρόσφατα τιμολόγια
invoice-pages-label = Περισσότερα τιμολόγια
invoice-paid = Ευχαριστούμε: η πληρωμή ολοκληρώθηκε και το τιμολόγιο εξοφλήθηκε.
invoice-challenge-heading = Επιβεβαιώστε την πληρωμή του { $number }
invoice-challenge-body = Η τράπεζά σας ζητά να επιβεβαιώσετε αυτή την πληρωμή ύψους { $amount }. Εγκρίνετέ την για να εξοφλήσετε τώρα το τιμολόγιο ή απορρίψτε την αν δεν τη ζητήσατε εσείς.
