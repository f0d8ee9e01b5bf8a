### LayoutText (el)
## Texts shared by every module page.

layout-session-ended-heading = Η περίοδος σύνδεσής σας έληξε
layout-session-ended-advice = Για την ασφάλειά σας, οι περίοδοι σύνδεσης στην πύλη χρεώσεων λήγουν μετά από λίγη ώρα ή όταν επιστρέφετε στον έμπορο. Για να συνεχίσετε, επιστρέψτε στον έμπορο και ανοίξτε ξανά την πύλη χρεώσεων.
layout-problem-heading = Κάτι πήγε στραβά
layout-nav-label = Χρεώσεις
layout-overview = Επισκόπηση
layout-menu = Μενού
layout-language-label = Γλώσσα
layout-language-button = Αλλαγή γλώσσας
layout-terms = Όροι υπηρεσίας
layout-privacy = Πολιτική απορρήτου
layout-session-ending-soon =
    { $minutes ->
        [one] Η περίοδος σύνδεσής σας λήγει σε περίπου { $minutes } λεπτό. Παραμείνετε συνδεδεμένοι για να διατηρήσετε όσα πληκτρολογήσατε.
       *[other] Η περίοδος σύνδεσής σας λήγει σε περίπου { $minutes } λεπτά. Παραμείνετε συνδεδεμένοι για να διατηρήσετε όσα πληκτρολογήσατε.
    }
layout-stay-signed-in = Παραμονή σε σύνδεση
layout-back-to-overview = Επιστροφή στην επισκόπηση
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Συνδεδεμένος ως { $account }
