//! Italian texts.

use super::Key;

/// The Italian text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Portale clienti Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Vai al contenuto principale",
        Key::Footer => "Pagamenti e fatturazione con Paylera.",
        Key::IntroLead => {
            "Qui puoi gestire abbonamenti, fatture e metodi di pagamento con un'azienda che ti addebita tramite Paylera."
        }
        Key::IntroHowToReach => {
            "Accedi a questo portale tramite un link sicuro del tuo esercente, l'azienda da cui acquisti: cerca un link «Gestisci fatturazione» o «Portale di fatturazione» nella sua app, sul sito o nelle email. Il link ti fa accedere per poco tempo; non c'è nessuna password Paylera da ricordare."
        }
        Key::ServiceStatusHeading => "Stato del servizio",
        Key::ApiStatusLabel => "Stato dell'API: ",
        Key::StatusChecking => "verifica in corso…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "non disponibile",
        Key::StatusUnreachable => "non raggiungibile",
        Key::StatusOkDescription => "I servizi di fatturazione funzionano regolarmente.",
        Key::StatusUnavailableDescription => {
            "I servizi di fatturazione sono temporaneamente non disponibili. Riprova tra qualche minuto."
        }
        Key::StatusUnreachableDescription => {
            "Non siamo riusciti a raggiungere i servizi di fatturazione. Riprova tra qualche minuto."
        }
        Key::DetailsHeading => "Informazioni su questo portale",
        Key::DetailsButton => "Cosa posso fare qui?",
        Key::DetailsSubscriptions => "Vedere gli abbonamenti attivi e modificarli o annullarli.",
        Key::DetailsInvoices => "Scaricare fatture e ricevute passate.",
        Key::DetailsPaymentMethods => "Aggiungere, sostituire o rimuovere la carta o il conto bancario con cui paghi.",
        Key::DetailsBillingAddress => "Aggiornare l'indirizzo di fatturazione e i dati fiscali.",
        Key::DetailsNote => {
            "Cosa puoi modificare dipende dalle impostazioni del tuo esercente. Per domande su un addebito, contatta direttamente l'esercente: può vedere il tuo account ed emettere rimborsi."
        }
        Key::SignedInHeading => "Accesso effettuato",
        Key::SignedInLead => "Hai effettuato l'accesso per gestire la tua fatturazione.",
        Key::SignedInHelp => {
            "Quando hai finito, torna all'azienda da cui provieni. Così la visita termina; per tornare, apri di nuovo il suo portale di fatturazione."
        }
        Key::ReturnToMerchantButton => "Torna all'esercente",
        Key::LinkExpiredHeading => "Questo link è scaduto o è già stato usato",
        Key::LinkExpiredAdvice => {
            "Per la tua sicurezza, ogni link a questo portale funziona una sola volta e per poco tempo. Torna all'azienda e apri di nuovo il suo portale di fatturazione per ricevere un nuovo link."
        }
        Key::LinkRateLimitedHeading => "Troppi tentativi, riprova tra un minuto",
        Key::LinkRateLimitedAdvice => {
            "Abbiamo ricevuto troppi tentativi di aprire questo portale. Attendi un minuto, poi ricarica la pagina."
        }
        Key::LinkUnavailableHeading => "Non siamo riusciti ad aprire il tuo portale di fatturazione",
        Key::LinkUnavailableAdvice => {
            "I nostri servizi di fatturazione non hanno risposto. Ricarica la pagina tra qualche minuto."
        }
        Key::ReturnTo => "Torna a {merchant}",
        Key::NotFoundHeading => "Pagina non trovata",
        Key::NotFoundBody => {
            "Non abbiamo trovato la pagina richiesta. Se hai seguito un link di un'azienda che ti addebita, potrebbe essere scaduto: chiedine uno nuovo."
        }
        Key::NotFoundHomeLink => "Vai alla home page del portale",
        Key::ModuleSubscriptionTitle => "Abbonamento",
        Key::ModuleSubscriptionDescription => "Modifica o annulla il tuo piano.",
        Key::ModulePaymentMethodsTitle => "Metodi di pagamento",
        Key::ModulePaymentMethodsDescription => "Aggiungi o sostituisci la carta o il conto bancario con cui paghi.",
        Key::ModuleInvoicesTitle => "Fatture",
        Key::ModuleInvoicesDescription => "Visualizza e scarica le tue fatture precedenti.",
        Key::ModuleTaxIdsTitle => "Codici fiscali",
        Key::ModuleTaxIdsDescription => "Aggiungi o rimuovi i codici fiscali riportati sulle tue fatture.",
        Key::ModuleAddressTitle => "Indirizzo di fatturazione",
        Key::ModuleAddressDescription => "Aggiorna l'indirizzo sulle tue fatture.",
    }
}
