### Key (it)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Portale clienti Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Vai al contenuto principale
shell-footer = Pagamenti e fatturazione con Paylera.
shell-intro-lead = Qui puoi gestire abbonamenti, fatture e metodi di pagamento con un'azienda che ti addebita tramite Paylera.
shell-intro-how-to-reach = Accedi a questo portale tramite un link sicuro del tuo esercente, l'azienda da cui acquisti: cerca un link «Gestisci fatturazione» o «Portale di fatturazione» nella sua app, sul sito o nelle email. Il link ti fa accedere per poco tempo; non c'è nessuna password Paylera da ricordare.
shell-signed-in-help = Quando hai finito, torna all'azienda da cui provieni. Così la visita termina; per tornare, apri di nuovo il suo portale di fatturazione.
shell-return-to-merchant-button = Torna all'esercente
shell-link-expired-heading = Questo link è scaduto o è già stato usato
shell-link-expired-advice = Per la tua sicurezza, ogni link a questo portale funziona una sola volta e per poco tempo. Torna all'azienda e apri di nuovo il suo portale di fatturazione per ricevere un nuovo link.
shell-link-rate-limited-heading = Troppi tentativi, riprova tra un minuto
shell-link-rate-limited-advice = Abbiamo ricevuto troppi tentativi di aprire questo portale. Attendi un minuto, poi ricarica la pagina.
shell-link-unavailable-heading = Non siamo riusciti ad aprire il tuo portale di fatturazione
shell-link-unavailable-advice = I nostri servizi di fatturazione non hanno risposto. Ricarica la pagina tra qualche minuto.
# Has the `{ $merchant }` placeholder.
shell-return-to = Torna a { $merchant }
shell-not-found-heading = Pagina non trovata
shell-not-found-body = Non abbiamo trovato la pagina richiesta. Se hai seguito un link di un'azienda che ti addebita, potrebbe essere scaduto: chiedine uno nuovo.
shell-not-found-home-link = Vai alla home page del portale
shell-module-subscription-title = Abbonamento
shell-module-subscription-description = Modifica o annulla il tuo piano.
shell-module-payment-methods-title = Metodi di pagamento
shell-module-payment-methods-description = Aggiungi o sostituisci la carta o il conto bancario con cui paghi.
shell-module-invoices-title = Fatture
shell-module-invoices-description = Visualizza e scarica le tue fatture precedenti.
shell-module-tax-ids-title = Codici fiscali
shell-module-tax-ids-description = Aggiungi o rimuovi i codici fiscali riportati sulle tue fatture.
shell-module-address-title = Indirizzo di fatturazione
shell-module-address-description = Aggiorna l'indirizzo sulle tue fatture.
