### HomeText (el)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Επισκόπηση χρεώσεων
home-next-charge-label = Επόμενη χρέωση
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } στις { $date }
home-manage-subscriptions = Διαχείριση συνδρομών
home-default-card-label = Προεπιλεγμένος τρόπος πληρωμής
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Λήγει { $date }
home-no-card = Δεν υπάρχει ακόμη αποθηκευμένος τρόπος πληρωμής.
home-manage-cards = Διαχείριση τρόπων πληρωμής
home-add-card = Προσθήκη κάρτας
home-billing-heading = Στοιχεία χρέωσης
home-name-label = Όνομα
home-email-label = Email
home-address-label = Διεύθυνση χρέωσης
home-no-address = Δεν υπάρχει ακόμη διεύθυνση χρέωσης.
home-edit-address = Ενημέρωση διεύθυνσης χρέωσης
home-tax-ids-label = Αριθμοί φορολογικού μητρώου
home-no-tax-ids = Κανένας
home-manage-tax-ids = Διαχείριση αριθμών φορολογικού μητρώου
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Το τιμολόγιο { $number } ύψους { $amount } δεν έχει πληρωθεί.
home-pay-now = Πληρωμή τώρα
home-latest-invoices = Πρόσφατα τιμολόγια
home-all-invoices = Προβολή όλων των τιμολογίων
home-done-heading = Τελειώσατε;
