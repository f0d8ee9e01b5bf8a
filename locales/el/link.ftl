### LinkText (el)
## The hand-off page of `GET /p/{secret}` (written by `server::link_page`): it signs
## the customer in by a `POST`, sent by script at once or by its one button.

link-handoff-heading = Άνοιγμα της πύλης χρεώσεών σας
link-handoff-advice = Αυτός ο σύνδεσμος σας συνδέει μόνο μία φορά. Συνεχίστε για να ανοίξετε την πύλη χρεώσεών σας.
link-continue = Συνέχεια
