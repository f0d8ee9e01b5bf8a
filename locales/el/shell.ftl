### Key (el)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Πύλη πελατών Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Μετάβαση στο κύριο περιεχόμενο
shell-footer = Πληρωμές και χρεώσεις μέσω Paylera.
shell-intro-lead = Εδώ μπορείτε να διαχειριστείτε τις συνδρομές, τα τιμολόγια και τους τρόπους πληρωμής σας σε μια επιχείρηση που σας χρεώνει μέσω Paylera.
shell-intro-how-to-reach = Φτάνετε σε αυτή την πύλη μέσω ασφαλούς συνδέσμου από τον έμπορο, την επιχείρηση από την οποία αγοράζετε: αναζητήστε έναν σύνδεσμο «Διαχείριση χρεώσεων» ή «Πύλη χρεώσεων» στην εφαρμογή, στον ιστότοπο ή στα email της. Ο σύνδεσμος σας συνδέει για λίγο· δεν χρειάζεται να θυμάστε κωδικό Paylera.
shell-signed-in-help = Όταν τελειώσετε, επιστρέψτε στην επιχείρηση από την οποία ήρθατε. Έτσι ολοκληρώνεται η επίσκεψή σας· για να επιστρέψετε, ανοίξτε ξανά την πύλη χρεώσεών της.
shell-return-to-merchant-button = Επιστροφή στον έμπορο
shell-link-expired-heading = Ο σύνδεσμος έληξε ή έχει ήδη χρησιμοποιηθεί
shell-link-expired-advice = Για την ασφάλειά σας, κάθε σύνδεσμος προς την πύλη λειτουργεί μόνο μία φορά και για λίγο. Επιστρέψτε στην επιχείρηση και ανοίξτε ξανά την πύλη χρεώσεών της για να λάβετε νέο σύνδεσμο.
shell-link-rate-limited-heading = Πάρα πολλές προσπάθειες, δοκιμάστε ξανά σε ένα λεπτό
shell-link-rate-limited-advice = Λάβαμε πάρα πολλές προσπάθειες ανοίγματος της πύλης. Περιμένετε ένα λεπτό και, στη συνέχεια, φορτώστε ξανά τη σελίδα.
shell-link-unavailable-heading = Δεν μπορέσαμε να ανοίξουμε την πύλη χρεώσεών σας
shell-link-unavailable-advice = Οι υπηρεσίες χρεώσεών μας δεν απάντησαν. Φορτώστε ξανά τη σελίδα σε λίγα λεπτά.
# Has the `{ $merchant }` placeholder.
shell-return-to = Επιστροφή σε { $merchant }
shell-not-found-heading = Η σελίδα δεν βρέθηκε
shell-not-found-body = Δεν βρήκαμε τη σελίδα που ζητήσατε. Αν ακολουθήσατε σύνδεσμο από επιχείρηση που σας χρεώνει, ίσως έχει λήξει: ζητήστε της έναν νέο.
shell-not-found-home-link = Μετάβαση στην αρχική σελίδα της πύλης
shell-module-subscription-title = Συνδρομή
shell-module-subscription-description = Αλλάξτε ή ακυρώστε το πρόγραμμά σας.
shell-module-payment-methods-title = Τρόποι πληρωμής
shell-module-payment-methods-description = Προσθέστε ή αντικαταστήστε την κάρτα ή τον τραπεζικό λογαριασμό με τον οποίο πληρώνετε.
shell-module-invoices-title = Τιμολόγια
shell-module-invoices-description = Δείτε και κατεβάστε τα προηγούμενα τιμολόγιά σας.
shell-module-tax-ids-title = Αριθμοί φορολογικού μητρώου
shell-module-tax-ids-description = Προσθέστε ή αφαιρέστε τους ΑΦΜ που εμφανίζονται στα τιμολόγιά σας.
shell-module-address-title = Διεύθυνση χρέωσης
shell-module-address-description = Ενημερώστε τη διεύθυνση στα τιμολόγιά σας.
