### ProblemText (hr)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Vaša je sesija istekla. Vratite se trgovcu i ponovno otvorite portal za naplatu.
problem-csrf-failed = Ova je stranica bila otvorena predugo da bi se mogla sigurno poslati. Ponovno učitajte stranicu i pokušajte ponovno.
problem-service-unavailable = Usluge naplate trenutačno ne odgovaraju. Ništa nije promijenjeno; pokušajte ponovno za minutu.
problem-not-allowed = Ova radnja nije dostupna na vašem portalu za naplatu.
problem-rate-limited = Previše pokušaja u kratkom vremenu. Pričekajte minutu, a zatim pokušajte ponovno.
problem-not-found = Nismo pronašli ovu stavku. Možda je uklonjena; ponovno učitajte stranicu.
problem-required = Ovo je polje obavezno.
problem-invalid-value = Ova vrijednost nije valjana. Provjerite je i pokušajte ponovno.
problem-invalid-country = Odaberite državu s popisa.
problem-invalid-postal-code = Ovaj poštanski broj nije valjan za odabranu državu.
problem-invalid-state = Odaberite saveznu državu, pokrajinu ili regiju koja postoji u odabranoj državi.
problem-tax-id-type-unsupported = Ova vrsta poreznog broja nije podržana. Odaberite drugu vrstu.
problem-tax-id-invalid = Ovaj porezni broj nema ispravan format za svoju vrstu. Pogledajte primjer ispod polja.
problem-tax-id-checksum-invalid = U ovom poreznom broju postoji pogreška u upisu: kontrolne znamenke se ne podudaraju. Provjerite svaki znak.
problem-tax-id-limit-reached = Dosegnuli ste najveći broj poreznih brojeva. Uklonite jedan prije nego što dodate drugi.
problem-already-exists = Ovo ste već dodali.
problem-incorrect-number = Ovaj broj kartice nije valjan. Provjerite znamenke i pokušajte ponovno.
problem-invalid-expiry-month = Mjesec isteka mora biti između 01 i 12.
problem-invalid-expiry-year = Godina isteka nije valjana.
problem-expired-card = Ova je kartica istekla. Upotrijebite drugu karticu.
problem-invalid-cvc = Sigurnosni kod nije valjan: to su 3 znamenke na poleđini kartice (4 na prednjoj strani za American Express).
problem-card-declined = Vaša je kartica odbijena. Upotrijebite drugu karticu ili se obratite svojoj banci.
problem-insufficient-funds = Na vašoj kartici nema dovoljno sredstava. Upotrijebite drugu karticu ili se obratite svojoj banci.
problem-authentication-required = Vaša banka traži da potvrdite ovu karticu prije nego što se može upotrebljavati.
problem-authentication-failed = Vaša banka nije mogla potvrditi ovu karticu. Pokušajte ponovno ili upotrijebite drugu karticu.
problem-last-payment-method = Ovo je jedini način plaćanja za vašu aktivnu pretplatu. Najprije dodajte drugu karticu, a zatim uklonite ovu.
problem-payment-method-missing = Najprije dodajte način plaćanja.
problem-invoice-not-payable = Ovaj se račun trenutačno ne može platiti: možda je već plaćen ili storniran. Ponovno učitajte stranicu.
problem-subscription-canceled = Ova je pretplata završila i više se ne može mijenjati.
problem-generic = Nešto nije u redu i ništa nije promijenjeno. Pokušajte ponovno.
