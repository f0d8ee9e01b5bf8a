### ProblemText (it)
## The sentences a [`Problem`] is shown with.

problem-session-ended = La tua sessione è terminata. Torna all'esercente e apri di nuovo il portale di fatturazione.
problem-csrf-failed = Questa pagina è rimasta aperta troppo a lungo per essere inviata in sicurezza. Ricarica la pagina e riprova.
problem-service-unavailable = I servizi di fatturazione non rispondono al momento. Non è stato modificato nulla; riprova tra un minuto.
problem-not-allowed = Questa azione non è disponibile nel tuo portale di fatturazione.
problem-rate-limited = Troppi tentativi in poco tempo. Attendi un minuto, poi riprova.
problem-not-found = Non abbiamo trovato questo elemento. Potrebbe essere stato rimosso; ricarica la pagina.
problem-required = Questo campo è obbligatorio.
problem-invalid-value = Questo valore non è valido. Controllalo e riprova.
problem-invalid-country = Scegli un paese dall'elenco.
problem-invalid-postal-code = Questo codice postale non è valido per il paese scelto.
problem-invalid-state = Scegli uno stato, una provincia o una regione esistente nel paese scelto.
problem-tax-id-type-unsupported = Questo tipo di codice fiscale non è supportato. Scegli un altro tipo.
problem-tax-id-invalid = Questo codice fiscale non ha il formato corretto per il suo tipo. Controlla l'esempio sotto il campo.
problem-tax-id-checksum-invalid = Questo codice fiscale contiene un errore di battitura: le cifre di controllo non corrispondono. Controlla ogni carattere.
problem-tax-id-limit-reached = Hai raggiunto il numero massimo di codici fiscali. Rimuovine uno prima di aggiungerne un altro.
problem-already-exists = Hai già aggiunto questo elemento.
problem-incorrect-number = Questo numero di carta non è valido. Controlla le cifre e riprova.
problem-invalid-expiry-month = Il mese di scadenza deve essere compreso tra 01 e 12.
problem-invalid-expiry-year = L'anno di scadenza non è valido.
problem-expired-card = Questa carta è scaduta. Usa un'altra carta.
problem-invalid-cvc = Il codice di sicurezza non è valido: sono le 3 cifre sul retro della carta (4 sul fronte per American Express).
problem-card-declined = La tua carta è stata rifiutata. Usa un'altra carta o contatta la tua banca.
problem-insufficient-funds = La tua carta non ha fondi sufficienti. Usa un'altra carta o contatta la tua banca.
problem-authentication-required = La tua banca ti chiede di confermare questa carta prima di poterla usare.
problem-authentication-failed = La tua banca non è riuscita a confermare questa carta. Riprova o usa un'altra carta.
problem-last-payment-method = Questo è l'unico metodo di pagamento del tuo abbonamento attivo. Aggiungi prima un'altra carta, poi rimuovi questa.
problem-payment-method-missing = Aggiungi prima un metodo di pagamento.
problem-invoice-not-payable = Questa fattura non può essere pagata ora: potrebbe essere già pagata o annullata. Ricarica la pagina.
problem-subscription-canceled = Questo abbonamento è terminato e non può più essere modificato.
problem-generic = Si è verificato un problema e non è stato modificato nulla. Riprova.
