### ProblemText (hu)
## The sentences a [`Problem`] is shown with.

problem-session-ended = A munkamenete lejárt. Térjen vissza a kereskedőhöz, és nyissa meg újra a számlázási portált.
problem-csrf-failed = Ez az oldal túl régóta volt nyitva ahhoz, hogy biztonságosan elküldhető legyen. Töltse be újra az oldalt, és próbálja újra.
problem-service-unavailable = A számlázási szolgáltatások jelenleg nem válaszolnak. Semmi sem változott; kérjük, próbálja újra egy perc múlva.
problem-not-allowed = Ez a művelet nem érhető el az Ön számlázási portálján.
problem-rate-limited = Túl sok próbálkozás rövid idő alatt. Várjon egy percet, majd próbálja újra.
problem-not-found = Nem találjuk ezt az elemet. Lehet, hogy eltávolították; töltse be újra az oldalt.
problem-required = Ezt a mezőt kötelező kitölteni.
problem-invalid-value = Ez az érték érvénytelen. Ellenőrizze, és próbálja újra.
problem-invalid-country = Válasszon országot a listából.
problem-invalid-postal-code = Ez az irányítószám érvénytelen a választott országban.
problem-invalid-state = Olyan államot, tartományt vagy régiót válasszon, amely létezik a választott országban.
problem-tax-id-type-unsupported = Ez az adóazonosító-típus nem támogatott. Válasszon másik típust.
problem-tax-id-invalid = Az adóazonosító formátuma nem felel meg a típusának. Nézze meg a mező alatti példát.
problem-tax-id-checksum-invalid = Az adóazonosítóban elírás van: az ellenőrző számjegyek nem egyeznek. Ellenőrizze az összes karaktert.
problem-tax-id-limit-reached = Elérte az adóazonosítók maximális számát. Újabb hozzáadása előtt távolítson el egyet.
problem-already-exists = Ezt már hozzáadta.
problem-incorrect-number = Ez a kártyaszám érvénytelen. Ellenőrizze a számjegyeket, és próbálja újra.
problem-invalid-expiry-month = A lejárati hónapnak 01 és 12 között kell lennie.
problem-invalid-expiry-year = A lejárati év érvénytelen.
problem-expired-card = Ez a kártya lejárt. Használjon másik kártyát.
problem-invalid-cvc = A biztonsági kód érvénytelen: ez a kártya hátoldalán található 3 számjegy (American Express esetén az előlapon található 4).
problem-card-declined = A kártyáját elutasították. Használjon másik kártyát, vagy forduljon a bankjához.
problem-insufficient-funds = A kártyáján nincs elegendő fedezet. Használjon másik kártyát, vagy forduljon a bankjához.
problem-authentication-required = A bankja azt kéri, hogy használat előtt erősítse meg ezt a kártyát.
problem-authentication-failed = A bankja nem tudta megerősíteni ezt a kártyát. Próbálja újra, vagy használjon másik kártyát.
problem-last-payment-method = Ez az aktív előfizetésének egyetlen fizetési módja. Először adjon hozzá egy másik kártyát, majd távolítsa el ezt.
problem-payment-method-missing = Először adjon hozzá egy fizetési módot.
problem-invoice-not-payable = Ez a számla most nem fizethető ki: lehet, hogy már ki van fizetve, vagy érvénytelenítették. Töltse be újra az oldalt.
problem-subscription-canceled = Ez az előfizetés megszűnt, és már nem módosítható.
problem-generic = Hiba történt, és semmi sem változott. Kérjük, próbálja újra.
