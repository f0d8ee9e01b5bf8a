### ProblemText (sk)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Vaša relácia sa skončila. Vráťte sa k obchodníkovi a znova otvorte fakturačný portál.
problem-csrf-failed = Táto stránka bola otvorená príliš dlho na to, aby sa dala bezpečne odoslať. Načítajte stránku znova a skúste to znova.
problem-service-unavailable = Fakturačné služby momentálne neodpovedajú. Nič sa nezmenilo; skúste to, prosím, znova o minútu.
problem-not-allowed = Táto akcia nie je vo vašom fakturačnom portáli dostupná.
problem-rate-limited = Príliš veľa pokusov v krátkom čase. Počkajte minútu a potom to skúste znova.
problem-not-found = Túto položku sme nenašli. Možno bola odstránená; načítajte stránku znova.
problem-required = Toto pole je povinné.
problem-invalid-value = Táto hodnota nie je platná. Skontrolujte ju a skúste to znova.
problem-invalid-country = Vyberte krajinu zo zoznamu.
problem-invalid-postal-code = Toto PSČ nie je platné pre vybranú krajinu.
problem-invalid-state = Vyberte štát, provinciu alebo región, ktorý vo vybranej krajine existuje.
problem-tax-id-type-unsupported = Tento typ daňového identifikačného čísla nie je podporovaný. Vyberte iný typ.
problem-tax-id-invalid = Toto daňové identifikačné číslo nemá správny formát pre svoj typ. Pozrite si príklad pod poľom.
problem-tax-id-checksum-invalid = V tomto daňovom identifikačnom čísle je preklep: kontrolné číslice nesedia. Skontrolujte každý znak.
problem-tax-id-limit-reached = Dosiahli ste maximálny počet daňových identifikačných čísel. Pred pridaním ďalšieho jedno odstráňte.
problem-already-exists = Túto položku ste už pridali.
problem-incorrect-number = Toto číslo karty nie je platné. Skontrolujte číslice a skúste to znova.
problem-invalid-expiry-month = Mesiac platnosti musí byť od 01 do 12.
problem-invalid-expiry-year = Rok platnosti nie je platný.
problem-expired-card = Platnosť tejto karty vypršala. Použite inú kartu.
problem-invalid-cvc = Bezpečnostný kód nie je platný: sú to 3 číslice na zadnej strane karty (pri American Express 4 na prednej strane).
problem-card-declined = Vaša karta bola zamietnutá. Použite inú kartu alebo sa obráťte na svoju banku.
problem-insufficient-funds = Na vašej karte nie je dostatok prostriedkov. Použite inú kartu alebo sa obráťte na svoju banku.
problem-authentication-required = Vaša banka vás žiada o potvrdenie tejto karty, kým ju bude možné použiť.
problem-authentication-failed = Vaša banka nemohla túto kartu potvrdiť. Skúste to znova alebo použite inú kartu.
problem-last-payment-method = Toto je jediný spôsob platby vášho aktívneho predplatného. Najprv pridajte inú kartu a potom odstráňte túto.
problem-payment-method-missing = Najprv pridajte spôsob platby.
problem-invoice-not-payable = Túto faktúru teraz nemožno zaplatiť: možno je už zaplatená alebo stornovaná. Načítajte stránku znova.
problem-subscription-canceled = Toto predplatné sa skončilo a už ho nemožno zmeniť.
problem-generic = Niečo sa pokazilo a nič sa nezmenilo. Skúste to, prosím, znova.
