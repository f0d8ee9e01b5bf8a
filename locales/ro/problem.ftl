### ProblemText (ro)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Sesiunea dumneavoastră s-a încheiat. Reveniți la comerciant și deschideți din nou portalul de facturare.
problem-csrf-failed = Această pagină a stat deschisă prea mult timp pentru a fi trimisă în siguranță. Reîncărcați pagina și încercați din nou.
problem-service-unavailable = Serviciile de facturare nu răspund în acest moment. Nu s-a modificat nimic; vă rugăm să încercați din nou peste un minut.
problem-not-allowed = Această acțiune nu este disponibilă în portalul dumneavoastră de facturare.
problem-rate-limited = Prea multe încercări într-un timp scurt. Așteptați un minut, apoi încercați din nou.
problem-not-found = Nu am găsit acest element. Este posibil să fi fost eliminat; reîncărcați pagina.
problem-required = Acest câmp este obligatoriu.
problem-invalid-value = Această valoare nu este validă. Verificați-o și încercați din nou.
problem-invalid-country = Alegeți o țară din listă.
problem-invalid-postal-code = Acest cod poștal nu este valid pentru țara aleasă.
problem-invalid-state = Alegeți un stat, o provincie sau o regiune care există în țara aleasă.
problem-tax-id-type-unsupported = Acest tip de cod fiscal nu este acceptat. Alegeți alt tip.
problem-tax-id-invalid = Acest cod fiscal nu are formatul corect pentru tipul său. Consultați exemplul de sub câmp.
problem-tax-id-checksum-invalid = Acest cod fiscal conține o greșeală de tastare: cifrele de control nu se potrivesc. Verificați fiecare caracter.
problem-tax-id-limit-reached = Ați atins numărul maxim de coduri fiscale. Eliminați unul înainte de a adăuga altul.
problem-already-exists = Ați adăugat deja acest element.
problem-incorrect-number = Acest număr de card nu este valid. Verificați cifrele și încercați din nou.
problem-invalid-expiry-month = Luna expirării trebuie să fie între 01 și 12.
problem-invalid-expiry-year = Anul expirării nu este valid.
problem-expired-card = Acest card a expirat. Folosiți alt card.
problem-invalid-cvc = Codul de securitate nu este valid: este format din cele 3 cifre de pe spatele cardului (4 pe față pentru American Express).
problem-card-declined = Cardul dumneavoastră a fost refuzat. Folosiți alt card sau contactați banca.
problem-insufficient-funds = Cardul dumneavoastră nu are fonduri suficiente. Folosiți alt card sau contactați banca.
problem-authentication-required = Banca dumneavoastră vă cere să confirmați acest card înainte de a putea fi folosit.
problem-authentication-failed = Banca dumneavoastră nu a putut confirma acest card. Încercați din nou sau folosiți alt card.
problem-last-payment-method = Aceasta este singura metodă de plată pentru abonamentul dumneavoastră activ. Adăugați mai întâi alt card, apoi eliminați-l pe acesta.
problem-payment-method-missing = Adăugați mai întâi o metodă de plată.
problem-invoice-not-payable = Această factură nu poate fi plătită acum: este posibil să fie deja plătită sau anulată. Reîncărcați pagina.
problem-subscription-canceled = Acest abonament s-a încheiat și nu mai poate fi modificat.
problem-generic = A apărut o problemă și nu s-a modificat nimic. Vă rugăm să încercați din nou.
