### TaxIdText (el)
## The tax IDs page.

tax-id-list-heading = Οι φορολογικοί σας αριθμοί
tax-id-empty = Δεν έχετε προσθέσει ακόμη φορολογικό αριθμό.
tax-id-column-type = Τύπος
tax-id-column-number = Αριθμός
tax-id-column-status = Επαλήθευση
tax-id-column-actions = Ενέργειες
tax-id-unverified = Μη επαληθευμένος
tax-id-pending = Επαλήθευση σε εξέλιξη
tax-id-verified = Επαληθευμένος
tax-id-unavailable = Η επαλήθευση δεν είναι διαθέσιμη
tax-id-remove-number = Αφαίρεση { $number }
tax-id-confirm-heading = Αφαίρεση αυτού του φορολογικού αριθμού;
tax-id-confirm-text = Ο αριθμός { $number } δεν θα εμφανίζεται πλέον στα τιμολόγιά σας.
tax-id-confirm-button = Ναι, αφαίρεση { $number }
tax-id-keep = Διατήρηση
tax-id-add-heading = Προσθήκη φορολογικού αριθμού
tax-id-type-label = Τύπος (υποχρεωτικό)
tax-id-type-option = { $type } (π.χ. { $example })
tax-id-value-label = Αριθμός (υποχρεωτικό)
tax-id-value-hint = { $type }: για παράδειγμα { $example }. Τα κενά, οι τελείες και οι παύλες αγνοούνται.
tax-id-add-button = Προσθήκη φορολογικού αριθμού
tax-id-added = Ο φορολογικός αριθμός προστέθηκε.
tax-id-removed = Ο φορολογικός αριθμός αφαιρέθηκε.
