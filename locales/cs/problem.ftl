### ProblemText (cs)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Vaše relace skončila. Vraťte se k obchodníkovi a znovu otevřete fakturační portál.
problem-csrf-failed = Tato stránka byla otevřená příliš dlouho na to, aby ji bylo možné bezpečně odeslat. Obnovte stránku a zkuste to znovu.
problem-service-unavailable = Fakturační služby momentálně neodpovídají. Nic nebylo změněno; zkuste to prosím znovu za minutu.
problem-not-allowed = Tato akce není ve vašem fakturačním portálu dostupná.
problem-rate-limited = Příliš mnoho pokusů v krátké době. Počkejte minutu a pak to zkuste znovu.
problem-not-found = Tuto položku jsme nenašli. Možná byla odstraněna; obnovte stránku.
problem-required = Toto pole je povinné.
problem-invalid-value = Tato hodnota není platná. Zkontrolujte ji a zkuste to znovu.
problem-invalid-country = Vyberte zemi ze seznamu.
problem-invalid-postal-code = Toto PSČ není pro zvolenou zemi platné.
problem-invalid-state = Vyberte stát, provincii nebo region, který ve zvolené zemi existuje.
problem-tax-id-type-unsupported = Tento typ daňového identifikačního čísla není podporován. Vyberte jiný typ.
problem-tax-id-invalid = Toto daňové identifikační číslo nemá správný formát pro svůj typ. Podívejte se na příklad pod polem.
problem-tax-id-checksum-invalid = V tomto daňovém identifikačním čísle je překlep: kontrolní číslice nesouhlasí. Zkontrolujte každý znak.
problem-tax-id-limit-reached = Dosáhli jste maximálního počtu daňových identifikačních čísel. Než přidáte další, jedno odeberte.
problem-already-exists = Tuto položku jste již přidali.
problem-incorrect-number = Toto číslo karty není platné. Zkontrolujte číslice a zkuste to znovu.
problem-invalid-expiry-month = Měsíc konce platnosti musí být mezi 01 a 12.
problem-invalid-expiry-year = Rok konce platnosti není platný.
problem-expired-card = Platnost této karty vypršela. Použijte jinou kartu.
problem-invalid-cvc = Bezpečnostní kód není platný: jsou to 3 číslice na zadní straně karty (u American Express 4 na přední straně).
problem-card-declined = Vaše karta byla zamítnuta. Použijte jinou kartu nebo se obraťte na svou banku.
problem-insufficient-funds = Na vaší kartě není dostatek prostředků. Použijte jinou kartu nebo se obraťte na svou banku.
problem-authentication-required = Vaše banka vás žádá o potvrzení této karty, než ji bude možné použít.
problem-authentication-failed = Vaše banka nemohla tuto kartu potvrdit. Zkuste to znovu nebo použijte jinou kartu.
problem-last-payment-method = Toto je jediná platební metoda pro vaše aktivní předplatné. Nejdříve přidejte jinou kartu a potom tuto odeberte.
problem-payment-method-missing = Nejdříve přidejte platební metodu.
problem-invoice-not-payable = Tuto fakturu teď nelze zaplatit: možná už je zaplacená nebo stornovaná. Obnovte stránku.
problem-subscription-canceled = Toto předplatné skončilo a už ho nelze změnit.
problem-generic = Něco se pokazilo a nic nebylo změněno. Zkuste to prosím znovu.
