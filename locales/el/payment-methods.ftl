### PaymentMethodsText (el)
## The payment methods pages' texts.

payment-methods-intro = Με την προεπιλεγμένη κάρτα σας πληρώνονται οι συνδρομές και τα τιμολόγιά σας.
payment-methods-cards-heading = Οι κάρτες σας
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $brand } που λήγει σε { $last4 }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Κάρτα
# `{ $date }`: the expiry month and year.
payment-methods-expires = Λήγει { $date }
payment-methods-default-badge = Προεπιλογή
payment-methods-awaiting-bank-badge = Μη επιβεβαιωμένη
payment-methods-awaiting-bank-note = Η τράπεζά σας δεν έχει επιβεβαιώσει ακόμη αυτή την κάρτα, οπότε δεν μπορεί να χρησιμοποιηθεί.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = Επιβεβαίωση της κάρτας { $card } με την τράπεζά σας
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = Ορισμός της κάρτας { $card } ως προεπιλογής
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = Αφαίρεση της κάρτας { $card }
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Με αυτή την κάρτα πληρώνεται η συνδρομή σας, οπότε δεν μπορεί να αφαιρεθεί μόνη της. Για να την αντικαταστήσετε, προσθέστε πρώτα τη νέα κάρτα και, στη συνέχεια, αφαιρέστε αυτήν.
payment-methods-no-cards = Δεν έχετε ακόμη αποθηκευμένες κάρτες.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Προσθήκη κάρτας
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = Αφαίρεση της κάρτας { $card };
payment-methods-remove-body = Δεν θα μπορείτε πλέον να πληρώνετε με αυτή την κάρτα. Για να τη χρησιμοποιήσετε ξανά, θα πρέπει να την προσθέσετε εκ νέου.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = Η κάρτα { $card } θα γίνει η προεπιλεγμένη κάρτα σας.
payment-methods-remove-none-left = Δεν θα σας μείνει καμία κάρτα για πληρωμές.
payment-methods-keep-card = Διατήρηση της κάρτας
payment-methods-done-card-added = Η κάρτα σας προστέθηκε.
payment-methods-done-card-added-default = Η κάρτα σας προστέθηκε και είναι πλέον η προεπιλεγμένη κάρτα σας.
payment-methods-done-default-changed = Η προεπιλεγμένη κάρτα σας άλλαξε.
payment-methods-done-card-removed = Η κάρτα αφαιρέθηκε.
payment-methods-number-label = Αριθμός κάρτας
payment-methods-expiry-legend = Ημερομηνία λήξης
payment-methods-expiry-month-label = Μήνας (ΜΜ)
payment-methods-expiry-year-label = Έτος (ΕΕΕΕ)
payment-methods-cvc-label = Κωδικός ασφαλείας (CVC)
payment-methods-cvc-hint = 3 ψηφία στην πίσω όψη της κάρτας ή 4 στην μπροστινή για American Express.
# After the label of a required field.
payment-methods-required = (υποχρεωτικό)
payment-methods-make-default-label = Ορισμός ως προεπιλεγμένης κάρτας μου
payment-methods-submit-add = Προσθήκη της κάρτας
payment-methods-back-to-list = Επιστροφή στους τρόπους πληρωμής
payment-methods-kept-details = Ο αριθμός της κάρτας και ο κωδικός ασφαλείας στέλνονται μόνο στον πάροχο πληρωμών: αυτή η πύλη δεν τα αποθηκεύει ούτε τα εμφανίζει ποτέ.
payment-methods-challenge-heading = Επιβεβαίωση με την τράπεζά σας
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Η τράπεζά σας ζητά να επιβεβαιώσετε την κάρτα { $card } προτού μπορέσει να χρησιμοποιηθεί.
