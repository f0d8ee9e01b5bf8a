### AddressText (el)
## The billing address page.

address-field-required = { $field } (υποχρεωτικό)
address-field-optional = { $field } (προαιρετικό)
address-country = Χώρα
address-choose-country = Επιλέξτε χώρα
address-choose-one = Επιλέξτε
address-update-fields = Εμφάνιση πεδίων για αυτή τη χώρα
address-fields-updated = Η φόρμα εμφανίζει τώρα τα πεδία για { $country }. Ελέγξτε τα και αποθηκεύστε.
address-fields-updated-no-country = Επιλέξτε χώρα για να δείτε τα πεδία της.
address-line1 = Οδός και αριθμός
address-line2 = Διαμέρισμα, όροφος, κτίριο
address-city = Πόλη
address-state = Πολιτεία
address-province = Επαρχία
address-prefecture = Νομός
address-county = Κομητεία
address-region = Πολιτεία, επαρχία ή περιφέρεια
address-zip-code = Κωδικός ZIP
address-postal-code = Ταχυδρομικός κώδικας
address-postal-hint = Για παράδειγμα: { $example }
address-save-button = Αποθήκευση διεύθυνσης
address-saved = Η διεύθυνση χρέωσης αποθηκεύτηκε.
