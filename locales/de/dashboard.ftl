### DashboardText (de)
## The merchant dashboard: sign-in, navigation, "Settings → Customer portal".
## Read by a merchant's team, not by customers. Spoken in en, fr, de, es and ja.

dashboard-product = Paylera Dashboard
dashboard-skip-link = Zum Inhalt springen
dashboard-nav-label = Dashboard
dashboard-nav-home = Startseite
dashboard-nav-portal-settings = Kundenportal
dashboard-test-mode = Testmodus
dashboard-test-mode-hint = Änderungen hier verwenden Ihre Testdaten; für Live-Daten ist ein Live-API-Schlüssel erforderlich.
dashboard-sign-out = Abmelden
dashboard-language-label = Sprache
dashboard-language-apply = Ändern
dashboard-role-owner = Inhaber
dashboard-role-admin = Administrator
dashboard-role-viewer = Betrachter
dashboard-back-home = Zurück zum Dashboard
dashboard-not-found-heading = Seite nicht gefunden
dashboard-not-found-text = Unter dieser Adresse gibt es nichts. Prüfen Sie den Link oder beginnen Sie erneut im Dashboard.
dashboard-forbidden-heading = Nicht erlaubt
dashboard-forbidden-text = Ihre Rolle erlaubt dies nicht. Wenden Sie sich an einen Inhaber Ihres Teams.
dashboard-unavailable-heading = Etwas ist schiefgelaufen
dashboard-unavailable-text = Das Dashboard konnte Paylera gerade nicht erreichen. Es wurde nichts geändert. Versuchen Sie es gleich noch einmal.
dashboard-form-refused-heading = Dieses Formular konnte nicht gesendet werden
dashboard-form-refused-text = Das Formular stammt nicht von einer Seite dieses Dashboards, oder die Seite ist zu alt. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
dashboard-form-too-large = Das Formular war zu groß, um gelesen zu werden. Es wurde nichts geändert.
dashboard-sign-in-heading = Anmelden
dashboard-sign-in-help = Sie haben noch kein Konto? Bitten Sie einen Inhaber Ihres Teams um eine Einladung.
dashboard-email-label = E-Mail
dashboard-password-label = Passwort
dashboard-totp-label = Authentifizierungscode
dashboard-totp-hint = Der 6-stellige Code aus Ihrer Authentifizierungs-App.
dashboard-sign-in-button = Anmelden
dashboard-sign-in-failed = E-Mail-Adresse oder Passwort ist nicht korrekt.
dashboard-account-locked = Zu viele fehlgeschlagene Versuche: Dieses Konto ist für 15 Minuten gesperrt. Versuchen Sie es später erneut.
dashboard-totp-required = Geben Sie Ihr Passwort zusammen mit dem Code aus Ihrer Authentifizierungs-App erneut ein.
dashboard-totp-invalid = Dieser Code ist nicht korrekt oder wurde bereits verwendet. Geben Sie Ihr Passwort und einen neuen Code ein.
dashboard-session-ended = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.
dashboard-signed-out = Sie sind abgemeldet.
dashboard-invitation-heading = Ihrem Team beitreten
dashboard-invitation-lead = Wählen Sie ein Passwort, um Ihrem Team im Paylera Dashboard beizutreten.
dashboard-your-name-label = Ihr Name (optional)
dashboard-new-password-label = Passwort
dashboard-new-password-hint = Mindestens 12 Zeichen. Lange Passphrasen sind am besten; gängige oder geleakte Passwörter werden abgelehnt.
dashboard-accept-invitation = Dem Team beitreten
dashboard-password-too-weak = Dieses Passwort ist zu leicht zu erraten. Wählen Sie ein längeres, das Sie nirgendwo sonst verwenden.
dashboard-invitation-invalid = Diese Einladung ist ungültig: Sie wurde bereits verwendet, ist abgelaufen oder der Link ist unvollständig. Bitten Sie einen Inhaber Ihres Teams um eine neue.
# `{ $name }` is the team member's name, or their email.
dashboard-home-greeting = Willkommen, { $name }
# `{ $business }` is the merchant's business name; `{ $role }` a role ("Owner").
dashboard-home-lead = Sie sind bei { $business } als { $role } angemeldet.
dashboard-home-portal-settings = Legen Sie fest, was Ihre Kunden im Kundenportal tun können und wie es aussieht.
dashboard-portal-settings-lead = Legen Sie fest, was Ihre Kunden im Portal tun können und wie es aussieht. Die Vorschau zeigt jede Änderung, bevor Sie sie speichern.
dashboard-configurations-heading = Konfigurationen
dashboard-default-badge = Standard
# `{ $id }` is the configuration's id ("bpc_…"), for the API.
dashboard-configuration-id-hint = Um diese Konfiguration für eine Portalsitzung zu verwenden, übergeben Sie beim Erstellen der Sitzung "configuration": "{ $id }".
dashboard-new-configuration-name = Name einer neuen Konfiguration
dashboard-new-configuration = Konfiguration erstellen
dashboard-viewer-note = Als Betrachter können Sie diese Einstellungen sehen, aber nicht ändern.
dashboard-saved = Ihre Änderungen wurden gespeichert. Neue Portalsitzungen verwenden sie.
dashboard-form-has-problems = Einige Einstellungen konnten nicht gespeichert werden. Beachten Sie die Hinweise unten.
dashboard-number-expected = Geben Sie eine ganze Zahl ein.
dashboard-name-label = Name (nur für Ihr Team sichtbar)
dashboard-group-subscriptions = Abonnements
dashboard-switch-update = Kunden können ihren Tarif ändern
dashboard-switch-update-hint = Upgrade, Downgrade oder Änderung der Menge.
dashboard-switch-downgrades = Downgrades anzeigen
dashboard-switch-downgrades-hint = Wenn deaktiviert, sehen Kunden nur teurere Tarife.
dashboard-allowed-prices-label = Tarife, zu denen Kunden wechseln können
dashboard-allowed-prices-hint = Lassen Sie alle Kästchen leer, um jeden aktiven Tarif anzubieten.
dashboard-switch-pause = Kunden können ihr Abonnement pausieren
dashboard-switch-pause-hint = Die Abrechnung wird ab dem Ende des bezahlten Zeitraums angehalten und automatisch fortgesetzt.
dashboard-pause-max-label = Längste Pause in Abrechnungszeiträumen (1–12)
dashboard-group-cancellation = Kündigung
dashboard-switch-cancel = Kunden können kündigen
dashboard-switch-cancel-hint = Bis zum Ende des Zeitraums können sie ihr Abonnement auch wieder aktivieren.
dashboard-cancel-mode-label = Wann eine Kündigung wirksam wird
dashboard-cancel-at-period-end = Zum Ende des Abrechnungszeitraums
dashboard-cancel-immediately = Sofort
dashboard-switch-reasons = Nach dem Kündigungsgrund fragen
dashboard-switch-reasons-hint = Kunden wählen einen der unten markierten Gründe aus.
dashboard-reasons-caption = Angebotene Gründe und was Sie statt einer Kündigung anbieten
dashboard-reason-column = Grund
dashboard-offer-column = Angebot
dashboard-percent-column = Rabatt (%)
dashboard-periods-column = Zeiträume
dashboard-offer-none = Kein Angebot
dashboard-offer-discount = Ein Rabatt
dashboard-offer-pause = Eine Pause
# `{ $reason }` is a cancellation reason ("It's too expensive").
dashboard-offer-for = Angebot für „{ $reason }“
dashboard-percent-for = Rabatt in Prozent für „{ $reason }“
dashboard-periods-for = Anzahl der Zeiträume für „{ $reason }“
dashboard-group-billing = Zahlungsmethoden, Rechnungen und Rechnungsdaten
dashboard-switch-cards = Kunden können Zahlungsmethoden verwalten
dashboard-switch-cards-hint = Karten hinzufügen und entfernen sowie die Standardkarte festlegen.
dashboard-switch-invoices = Kunden können ihre Rechnungen einsehen
dashboard-switch-invoices-hint = Rechnungen auflisten, PDFs herunterladen und Rechnungen mit fehlgeschlagener Zahlung begleichen.
dashboard-switch-tax-ids = Kunden können Steuernummern verwalten
dashboard-switch-tax-ids-hint = Steuerregistrierungsnummern hinzufügen und entfernen.
dashboard-switch-address = Kunden können ihre Rechnungsadresse aktualisieren
dashboard-switch-address-hint = Die Adresse, die auf ihren nächsten Rechnungen steht.
dashboard-group-branding = Unternehmen und Branding
dashboard-business-name-label = Unternehmensname (leer: der Name Ihres Kontos)
dashboard-headline-label = Überschrift
dashboard-logo-url-label = Logo-URL (https)
dashboard-accent-label = Akzentfarbe
# `{ $ratio }` is a contrast ratio ("4.5").
dashboard-contrast-ok = Kontrast zur Seite: { $ratio }:1. Schaltflächen und Links bleiben gut erkennbar.
dashboard-contrast-low = Kontrast zur Seite: nur { $ratio }:1. Schaltflächen und Links brauchen mindestens 3:1, um gut erkennbar zu sein; wählen Sie eine dunklere Farbe.
dashboard-privacy-label = URL der Datenschutzerklärung (https)
dashboard-terms-label = URL der Nutzungsbedingungen (https)
dashboard-group-return = Rückkehr und Sprache
dashboard-return-url-label = Standard-Rückkehr-URL
dashboard-origins-label = Zulässige Rückkehr-Ursprünge
dashboard-origins-hint = Einer pro Zeile, zum Beispiel https://shop.example. Wenn festgelegt, muss die Rückkehr-URL einer Sitzung mit einem davon beginnen.
dashboard-default-locale-label = Standardsprache
dashboard-default-locale-auto = Der Browser des Kunden entscheidet
dashboard-save = Änderungen speichern
dashboard-preview-button = Vorschau aktualisieren
dashboard-preview-heading = Vorschau
dashboard-preview-hint = Das Portal so, wie Ihre Kunden es sehen werden, mit Beispieldaten.
dashboard-history-heading = Verlauf
dashboard-history-empty = Noch keine Änderungen.
dashboard-history-when = Zeitpunkt
dashboard-history-who = Person
dashboard-history-what = Änderung

## Webhooks und API-Schlüssel.
dashboard-nav-webhooks = Webhooks
dashboard-nav-api-keys = API-Schlüssel
dashboard-secret-once-hint = Kopieren Sie es jetzt und bewahren Sie es sicher auf: Es wird nur einmal angezeigt, und gespeichert wird nur sein Hash.
dashboard-webhooks-lead = Paylera sendet bei jeder Änderung ein Ereignis an jeden Endpoint, signiert mit dem Geheimnis des Endpoints (Standard Webhooks).
dashboard-add-endpoint-heading = Endpoint hinzufügen
dashboard-endpoint-url-label = Endpoint-URL
dashboard-endpoint-description-label = Beschreibung
dashboard-endpoint-all-events = Der Endpoint empfängt alle Ereignistypen.
dashboard-add-endpoint = Endpoint hinzufügen
dashboard-status-column = Status
dashboard-events-column = Ereignisse
dashboard-endpoint-enabled = Aktiviert
dashboard-endpoint-disabled = Deaktiviert
dashboard-endpoint-id-label = Endpoint-ID
dashboard-back-to-webhooks = Alle Endpoints
dashboard-signing-secret-new = Das Signaturgeheimnis des Endpoints
dashboard-signing-secret-rotated = Das neue Signaturgeheimnis des Endpoints
# `{ $event }` is an event id ("evt_…").
dashboard-test-event-sent = Ein Testereignis ({ $event }) ist unterwegs zu diesem Endpoint. Es erscheint im Zustellprotokoll unten, sobald ein Zustellversuch erfolgt ist.
# `{ $event }` is an event id ("evt_…").
dashboard-event-resent = Das Ereignis { $event } wird jetzt erneut gesendet.
# `{ $when }` is a date and time.
dashboard-previous-secret-until = Das vorherige Geheimnis signiert Zustellungen noch bis { $when }.
dashboard-send-test-event = Testereignis senden
dashboard-overlap-label = Altes Geheimnis bleibt gültig
dashboard-overlap-none = Gar nicht
dashboard-overlap-hour = Eine Stunde lang
dashboard-overlap-day = Einen Tag lang
dashboard-overlap-week = Eine Woche lang
dashboard-rotate-secret = Geheimnis erneuern
dashboard-delivery-log = Zustellprotokoll
dashboard-event-column = Ereignis
dashboard-result-column = Ergebnis
dashboard-latency-column = Dauer
dashboard-actions-column = Aktionen
dashboard-attempt-succeeded = Zugestellt
dashboard-attempt-failed = Fehlgeschlagen
# `{ $event }` is an event id ("evt_…").
dashboard-resend-event = Erneut senden: { $event }
dashboard-api-keys-lead = Mit geheimen Schlüsseln können Ihre Server die Paylera-API aufrufen. Erneuern Sie einen Schlüssel, um ihn ohne Ausfallzeit zu ersetzen; widerrufen Sie ihn, wenn er möglicherweise offengelegt wurde.
# `{ $name }` is the key's name or its hint.
dashboard-key-created = Das Geheimnis des neuen Schlüssels { $name }
# `{ $name }` is the key's name or its hint.
dashboard-key-rolled = Das Geheimnis des Schlüssels { $name }, der den erneuerten Schlüssel ersetzt
dashboard-key-revoked = Der Schlüssel ist widerrufen: Damit gestellte Anfragen werden ab sofort abgelehnt.
# `{ $when }` is a date and time.
dashboard-key-revoked-at = Widerrufen am { $when }
# `{ $when }` is a date and time.
dashboard-key-expires-at = Läuft ab am { $when }
dashboard-mode-test = Test
dashboard-mode-live = Live
# `{ $name }` is the key's name or its hint.
dashboard-roll-key = Schlüssel { $name } erneuern
# `{ $name }` is the key's name or its hint.
dashboard-revoke-key = Schlüssel { $name } widerrufen
dashboard-new-key-heading = Schlüssel erstellen
dashboard-key-name-label = Bezeichnung
dashboard-key-mode-label = Modus
dashboard-create-key = Schlüssel erstellen
dashboard-key-hint-column = Schlüssel
dashboard-key-created-column = Erstellt
dashboard-key-ends-column = Endet

## Customers, portal sessions and events.
dashboard-nav-customers = Kunden
dashboard-nav-portal-sessions = Portal-Sitzungen
dashboard-nav-events = Ereignisse
dashboard-customers-lead = Finden Sie einen Kunden über seine E-Mail-Adresse oder Kunden-ID, sehen Sie seine Abrechnung und öffnen Sie das Portal in seinem Namen, um zu helfen.
dashboard-customer-search-label = E-Mail oder Kunden-ID
dashboard-customer-search = Suchen
dashboard-customers-none = Kein Kunde gefunden.
dashboard-name-column = Name
dashboard-email-column = E-Mail
dashboard-created-column = Erstellt
dashboard-customer-id-label = Kunden-ID
dashboard-billing-address-label = Rechnungsadresse
dashboard-credit-balance-label = Guthaben
dashboard-all-customers = Alle Kunden
dashboard-open-portal-heading = Das Portal als dieser Kunde öffnen
dashboard-open-portal-lead = Erstellt eine Portal-Sitzung für diesen Kunden, wie es Ihr Server täte, mit Ihrer Standardkonfiguration. Was Sie dort ändern, wird als in dieser Sitzung erledigt erfasst.
dashboard-open-portal = Portal als dieser Kunde öffnen
# `{ $name }` is the customer's name or email.
dashboard-portal-link-ready = Eine Portal-Sitzung für { $name } ist bereit
dashboard-open-portal-link = Portal öffnen
dashboard-portal-link-hint = Der Link funktioniert einmal, innerhalb von 60 Minuten, und handelt als dieser Kunde: Geben Sie ihn nicht weiter.
dashboard-none-yet = Noch keine.
dashboard-subscriptions-heading = Abonnements
dashboard-plan-column = Tarif
dashboard-period-end-column = Aktueller Zeitraum endet
dashboard-invoices-heading = Rechnungen
dashboard-number-column = Nummer
dashboard-total-column = Gesamt
dashboard-payment-methods-heading = Zahlungsmethoden
dashboard-card-column = Karte
dashboard-expires-column = Gültig bis
dashboard-tax-ids-heading = Steuernummern
dashboard-type-column = Typ
dashboard-value-column = Wert
dashboard-next-page = Nächste Seite
dashboard-sessions-lead = Die für Ihre Kunden erstellten Portal-Sitzungen, neueste zuerst, mit dem, was jeder Kunde darin getan hat.
dashboard-all-statuses = Alle Status
dashboard-filter = Filtern
dashboard-customer-column = Kunde
dashboard-session-actions-column = Was der Kunde getan hat
dashboard-session-id-column = Sitzungs-ID
dashboard-no-actions = Nichts geändert
dashboard-session-actions-details = Jede Änderung
dashboard-session-created = Noch nicht geöffnet
dashboard-session-opened = Offen
dashboard-session-completed = Abgeschlossen
dashboard-session-expired = Abgelaufen
dashboard-session-revoked = Widerrufen
dashboard-events-lead = Jede Änderung in Ihrem Konto, neueste zuerst, so wie Ihre Webhook-Endpunkte sie erhalten.
dashboard-event-type-label = Ereignistyp
dashboard-all-types = Alle Typen
dashboard-source-column = Quelle
dashboard-all-events = Alle Ereignisse
dashboard-event-id-label = Ereignis-ID
dashboard-event-payload-heading = Inhalt
dashboard-source-portal = Kundenportal
dashboard-source-system = Paylera
dashboard-source-api = API

## The team and two-step sign-in.
dashboard-nav-team = Team
dashboard-team-lead = Die Personen, die sich in diesem Dashboard anmelden können, und was jede von ihnen tun darf.
dashboard-role-column = Rolle
dashboard-two-step-column = Zweistufige Anmeldung
dashboard-last-sign-in-column = Zuletzt angemeldet
dashboard-never = Nie
dashboard-on = An
dashboard-off = Aus
dashboard-invite-heading = Jemanden einladen
dashboard-invite-lead = Sie erhalten einen Link, den Sie selbst weitergeben: Er funktioniert einmal, 7 Tage lang, und lässt die Person ihr Passwort wählen.
dashboard-role-hint = Betrachter sehen nur. Administratoren ändern auch Einstellungen, Webhooks und API-Schlüssel. Inhaber verwalten auch das Team.
dashboard-invite = Einladungslink erstellen
# `{ $email }` is the invited person's email.
dashboard-invitation-link-label = Der Einladungslink für { $email }
dashboard-totp-heading = Ihre zweistufige Anmeldung
dashboard-totp-off-lead = Bei jeder Anmeldung zusätzlich zum Passwort einen Code aus einer Authenticator-App verlangen.
dashboard-totp-on-lead = Die zweistufige Anmeldung ist an: Bei der Anmeldung wird ein Code aus Ihrer Authenticator-App verlangt.
dashboard-totp-begin = Zweistufige Anmeldung einrichten
dashboard-totp-scan-lead = Fügen Sie diesen Schlüssel Ihrer Authenticator-App hinzu (oder öffnen Sie den Link auf einem Telefon mit einer solchen App) und geben Sie dann den 6-stelligen Code ein, den die App anzeigt.
dashboard-totp-secret-label = Der Schlüssel für Ihre Authenticator-App
dashboard-totp-uri-link = In einer Authenticator-App öffnen
dashboard-totp-confirm = Zweistufige Anmeldung einschalten
dashboard-totp-enabled = Die zweistufige Anmeldung ist an. Halten Sie bei der nächsten Anmeldung Ihre Authenticator-App bereit.

## The logo upload.
dashboard-logo-file-label = Logobild
dashboard-logo-hint = Ein PNG oder JPEG mit höchstens 128 KB und 2.048 Pixeln pro Seite. Nach dem Hochladen wird es statt der Logo-URL angezeigt.
dashboard-upload-logo = Logo hochladen
dashboard-remove-logo = Logo entfernen
dashboard-logo-missing = Wählen Sie zuerst ein Bild zum Hochladen.
dashboard-current-logo = Ihr aktuelles Logo

## Das Team verwalten (Inhaber).
dashboard-role-of = Rolle von { $email }
dashboard-change-role = Rolle ändern
dashboard-remove-member = Aus dem Team entfernen…
dashboard-remove-confirm = { $email } jetzt entfernen
dashboard-member-role-changed = Die Rolle von { $email } ist jetzt: { $role }. Sie gilt ab dem nächsten Klick.
dashboard-member-removed = { $email } wurde aus dem Team entfernt und überall abgemeldet.
