### Key (de)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera-Kundenportal
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Zum Hauptinhalt springen
shell-footer = Zahlungen und Abrechnung über Paylera.
shell-intro-lead = Hier verwalten Sie Ihre Abonnements, Rechnungen und Zahlungsmethoden bei einem Unternehmen, das über Paylera abrechnet.
shell-intro-how-to-reach = Sie erreichen dieses Portal über einen sicheren Link Ihres Händlers, also des Unternehmens, bei dem Sie kaufen: Suchen Sie in dessen App, Website oder E-Mails nach einem Link wie „Abrechnung verwalten“ oder „Abrechnungsportal“. Der Link meldet Sie für kurze Zeit an; Sie brauchen kein Paylera-Passwort.
shell-signed-in-help = Wenn Sie fertig sind, kehren Sie zum Unternehmen zurück, von dem Sie kamen. Damit endet Ihr Besuch hier; um wiederzukommen, öffnen Sie erneut dessen Abrechnungsportal.
shell-return-to-merchant-button = Zurück zum Händler
shell-link-expired-heading = Dieser Link ist abgelaufen oder wurde bereits verwendet
shell-link-expired-advice = Zu Ihrer Sicherheit funktioniert jeder Link zu diesem Portal nur einmal und nur kurze Zeit. Öffnen Sie das Abrechnungsportal erneut über das Unternehmen, um einen neuen Link zu erhalten.
shell-link-rate-limited-heading = Zu viele Versuche, bitte in einer Minute erneut versuchen
shell-link-rate-limited-advice = Wir haben zu viele Versuche erhalten, dieses Portal zu öffnen. Warten Sie eine Minute und laden Sie diese Seite dann neu.
shell-link-unavailable-heading = Ihr Abrechnungsportal konnte nicht geöffnet werden
shell-link-unavailable-advice = Unsere Abrechnungsdienste haben nicht geantwortet. Bitte laden Sie diese Seite in ein paar Minuten neu.
# Has the `{ $merchant }` placeholder.
shell-return-to = Zurück zu { $merchant }
shell-not-found-heading = Seite nicht gefunden
shell-not-found-body = Wir konnten die angeforderte Seite nicht finden. Wenn Sie einem Link eines Unternehmens gefolgt sind, das Ihnen Rechnungen stellt, ist er vielleicht abgelaufen: Bitten Sie dort um einen neuen.
shell-not-found-home-link = Zur Startseite des Portals
shell-module-subscription-title = Abonnement
shell-module-subscription-description = Ändern oder kündigen Sie Ihren Tarif.
shell-module-payment-methods-title = Zahlungsmethoden
shell-module-payment-methods-description = Fügen Sie die Karte oder das Bankkonto hinzu, mit dem Sie zahlen, oder ersetzen Sie sie.
shell-module-invoices-title = Rechnungen
shell-module-invoices-description = Sehen Sie Ihre bisherigen Rechnungen ein und laden Sie sie herunter.
shell-module-tax-ids-title = Steuernummern
shell-module-tax-ids-description = Fügen Sie Steuernummern auf Ihren Rechnungen hinzu oder entfernen Sie sie.
shell-module-address-title = Rechnungsadresse
shell-module-address-description = Aktualisieren Sie die Adresse auf Ihren Rechnungen.
