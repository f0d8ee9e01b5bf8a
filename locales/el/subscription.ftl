### SubscriptionText (el)
## The subscription pages' texts.

subscription-no-subscription = Δεν έχετε συνδρομή σε αυτόν τον έμπορο.
subscription-ended-heading = Συνδρομές που έληξαν
subscription-price-label = Τιμή
subscription-quantity-label = Ποσότητα
subscription-status-label = Κατάσταση
subscription-renews-on = Ανανεώνεται στις
subscription-ends-on = Λήγει στις
subscription-ended-on = Έληξε στις
subscription-pending-label = Εκκρεμείς αλλαγές
subscription-pending-cancel = Λήγει στις { $date } αντί να ανανεωθεί. Διατηρείτε την πρόσβαση μέχρι τότε.
subscription-pending-downgrade = Αλλάζει σε { $plan } × { $quantity } στις { $date }.
subscription-per-day = { $amount } την ημέρα
subscription-per-week = { $amount } την εβδομάδα
subscription-per-month = { $amount } τον μήνα
subscription-per-year = { $amount } τον χρόνο
subscription-every-days = { $amount } κάθε { $count } ημέρες
subscription-every-weeks = { $amount } κάθε { $count } εβδομάδες
subscription-every-months = { $amount } κάθε { $count } μήνες
subscription-every-years = { $amount } κάθε { $count } χρόνια
subscription-status-trialing = Δωρεάν δοκιμή
subscription-status-active = Ενεργή
subscription-status-past-due = Ληξιπρόθεσμη πληρωμή
subscription-status-unpaid = Απλήρωτη
subscription-status-canceled = Ακυρώθηκε
subscription-change-link = Αλλαγή { $plan }
subscription-cancel-plan = Ακύρωση { $plan }
subscription-reactivate-plan = Διατήρηση { $plan }
subscription-resubscribe-plan = Νέα συνδρομή στο { $plan }
subscription-done-changed = Το πρόγραμμά σας άλλαξε.
subscription-done-scheduled = Η αλλαγή σας θα ισχύσει στο τέλος της τρέχουσας περιόδου.
subscription-done-canceled = Η συνδρομή σας ακυρώθηκε.
subscription-done-reactivated = Η συνδρομή σας θα ανανεώνεται κανονικά.
subscription-done-resubscribed = Έχετε ξανά συνδρομή.
subscription-change-heading = Αλλαγή προγράμματος
subscription-choose-plan-legend = Πρόγραμμα
subscription-current-plan = Τρέχον πρόγραμμα
subscription-upgrade = Αναβάθμιση
subscription-downgrade = Υποβάθμιση
subscription-review-button = Έλεγχος της αλλαγής
subscription-no-other-plan = Δεν προσφέρεται άλλο πρόγραμμα για αυτή τη συνδρομή.
subscription-review-heading = Ελέγξτε την αλλαγή σας
subscription-new-plan-label = Νέο πρόγραμμα
subscription-item-header = Στοιχείο
subscription-amount-header = Ποσό
subscription-line-unused = Αχρησιμοποίητος χρόνος για { $quantity } × { $plan }
subscription-line-remaining = Υπόλοιπος χρόνος για { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } έως { $date }
subscription-total-label = Σύνολο
subscription-credit-applied-label = Πίστωση από το υπόλοιπό σας
subscription-due-now-label = Πληρωτέο τώρα
subscription-credit-added-label = Πίστωση στο υπόλοιπό σας για τα επόμενα τιμολόγια
subscription-next-renewal = Στη συνέχεια { $price }, η επόμενη χρέωση στις { $date }.
subscription-scheduled-note = Η αλλαγή ισχύει από { $date }. Δεν γίνεται καμία χρέωση τώρα.
subscription-no-change = Αυτό είναι ήδη το πρόγραμμα και η ποσότητά σας.
subscription-confirm-change = Επιβεβαίωση αλλαγής
subscription-choose-another = Επιλογή άλλου προγράμματος
subscription-cancel-heading = Ακύρωση συνδρομής
subscription-access-until = Αν ακυρώσετε, το { $plan } παραμένει ενεργό έως { $date } και μετά λήγει. Δεν θα χρεωθείτε ξανά.
subscription-access-ends-now = Αν ακυρώσετε, το { $plan } λήγει αμέσως και η πρόσβασή σας σταματά τώρα.
subscription-reason-legend = Γιατί ακυρώνετε; (προαιρετικό)
subscription-comment-label = Θέλετε να μας πείτε κάτι άλλο; (προαιρετικό)
subscription-keep-subscription = Διατήρηση της συνδρομής μου
subscription-already-canceling = Αυτή η συνδρομή ήδη λήγει στις { $date }.
subscription-already-ended = Αυτή η συνδρομή έχει λήξει.
subscription-reason-too-expensive = Είναι πολύ ακριβό
subscription-reason-missing-features = Λείπουν λειτουργίες που χρειάζομαι
subscription-reason-switched-service = Αλλάζω σε άλλη υπηρεσία
subscription-reason-unused = Δεν το χρησιμοποιώ αρκετά
subscription-reason-customer-service = Δεν είμαι ικανοποιημένος από την εξυπηρέτηση πελατών
subscription-reason-too-complex = Είναι πολύ περίπλοκο
subscription-reason-low-quality = Η ποιότητα δεν είναι αρκετά καλή
subscription-reason-other = Άλλος λόγος
subscription-status-paused = Σε παύση
subscription-resumes-on = Συνεχίζεται στις
subscription-pending-pause = Η χρέωση διακόπτεται στις { $start } και συνεχίζεται στις { $resume }.
subscription-pause-plan = Παύση { $plan }
subscription-resume-plan = Επανέναρξη { $plan } τώρα
subscription-resume-note = Αν συνεχίσετε τώρα, ξεκινά σήμερα νέα περίοδος χρέωσης, η οποία χρεώνεται αμέσως.
subscription-keep-billing = Ακύρωση παύσης { $plan }
subscription-done-paused = Η συνδρομή σας θα τεθεί σε παύση στο τέλος της τρέχουσας περιόδου.
subscription-done-resumed = Η συνδρομή σας χρεώνεται ξανά κανονικά.
subscription-pause-heading = Παύση συνδρομής
subscription-pause-explain = Η χρέωση διακόπτεται όταν λήξει η τρέχουσα περίοδός σας, στις { $date }. Μέχρι τότε δεν αλλάζει τίποτα. Κατά τη διάρκεια της παύσης δεν χρεώνεται τίποτα. Η χρέωση συνεχίζεται αυτόματα όταν λήξει η παύση ή νωρίτερα, όποτε το επιλέξετε.
subscription-pause-legend = Διάρκεια παύσης
subscription-pause-days =
    { $count ->
        [one] { $count } ημέρα
       *[other] { $count } ημέρες
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } εβδομάδα
       *[other] { $count } εβδομάδες
    }
subscription-pause-months =
    { $count ->
        [one] { $count } μήνας
       *[other] { $count } μήνες
    }
subscription-pause-years =
    { $count ->
        [one] { $count } χρόνος
       *[other] { $count } χρόνια
    }
subscription-already-pausing = Αυτή η συνδρομή έχει ήδη παύση: η χρέωση συνεχίζεται στις { $date }.
subscription-cannot-pause = Αυτή η συνδρομή δεν μπορεί να τεθεί σε παύση τώρα: αυτό είναι δυνατό μόνο για ενεργή συνδρομή που χρεώνεται προκαταβολικά και δεν έχει εκκρεμή ακύρωση.
subscription-offer-heading = Πριν φύγετε
subscription-offer-discount =
    { $count ->
        [one] Μείνετε στο { $plan } και κερδίστε έκπτωση { $percent }% στο επόμενο τιμολόγιό σας.
       *[other] Μείνετε στο { $plan } και κερδίστε έκπτωση { $percent }% στα επόμενα { $count } τιμολόγιά σας.
    }
subscription-offer-pause = Εναλλακτικά, θέστε το { $plan } σε παύση. Διάρκεια παύσης: { $length }. Η χρέωση διακόπτεται στις { $date }, στο μεταξύ δεν χρεώνεται τίποτα και στη συνέχεια συνεχίζεται αυτόματα.
subscription-accept-offer = Αποδοχή της προσφοράς
subscription-decline-offer = Όχι, ευχαριστώ, ακύρωση { $plan }
subscription-done-retained = Σας ευχαριστούμε που μένετε. Η προσφορά εφαρμόστηκε στη συνδρομή σας.
subscription-discount-label = Έκπτωση
subscription-discount-running =
    { $count ->
        [one] Έκπτωση { $percent }% στο επόμενο τιμολόγιο
       *[other] Έκπτωση { $percent }% στα επόμενα { $count } τιμολόγια
    }
