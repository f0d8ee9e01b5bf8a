### ProblemText (de)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Ihre Sitzung ist beendet. Kehren Sie zum Händler zurück und öffnen Sie das Abrechnungsportal erneut.
problem-csrf-failed = Diese Seite war zu lange geöffnet, um sicher gesendet werden zu können. Laden Sie die Seite neu und versuchen Sie es erneut.
problem-service-unavailable = Die Abrechnungsdienste antworten gerade nicht. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute erneut.
problem-not-allowed = Diese Aktion ist in Ihrem Abrechnungsportal nicht verfügbar.
problem-rate-limited = Zu viele Versuche in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann erneut.
problem-not-found = Wir konnten diesen Eintrag nicht finden. Er wurde möglicherweise entfernt; laden Sie die Seite neu.
problem-required = Dieses Feld ist erforderlich.
problem-invalid-value = Dieser Wert ist ungültig. Prüfen Sie ihn und versuchen Sie es erneut.
problem-invalid-country = Wählen Sie ein Land aus der Liste aus.
problem-invalid-postal-code = Diese Postleitzahl ist für das gewählte Land ungültig.
problem-invalid-state = Wählen Sie ein Bundesland, eine Provinz oder eine Region, die es im gewählten Land gibt.
problem-tax-id-type-unsupported = Diese Art von Steuernummer wird nicht unterstützt. Wählen Sie eine andere Art.
problem-tax-id-invalid = Diese Steuernummer hat nicht das richtige Format für ihre Art. Beachten Sie das Beispiel unter dem Feld.
problem-tax-id-checksum-invalid = Diese Steuernummer enthält einen Tippfehler: Ihre Prüfziffern stimmen nicht. Prüfen Sie jedes Zeichen.
problem-tax-id-limit-reached = Sie haben die maximale Anzahl an Steuernummern erreicht. Entfernen Sie eine, bevor Sie eine weitere hinzufügen.
problem-already-exists = Sie haben dies bereits hinzugefügt.
problem-incorrect-number = Diese Kartennummer ist ungültig. Prüfen Sie die Ziffern und versuchen Sie es erneut.
problem-invalid-expiry-month = Der Ablaufmonat muss zwischen 01 und 12 liegen.
problem-invalid-expiry-year = Das Ablaufjahr ist ungültig.
problem-expired-card = Diese Karte ist abgelaufen. Verwenden Sie eine andere Karte.
problem-invalid-cvc = Der Sicherheitscode ist ungültig: Das sind die 3 Ziffern auf der Rückseite der Karte (bei American Express 4 auf der Vorderseite).
problem-card-declined = Ihre Karte wurde abgelehnt. Verwenden Sie eine andere Karte oder wenden Sie sich an Ihre Bank.
problem-insufficient-funds = Ihre Karte ist nicht ausreichend gedeckt. Verwenden Sie eine andere Karte oder wenden Sie sich an Ihre Bank.
problem-authentication-required = Ihre Bank bittet Sie, diese Karte zu bestätigen, bevor sie verwendet werden kann.
problem-authentication-failed = Ihre Bank konnte diese Karte nicht bestätigen. Versuchen Sie es erneut oder verwenden Sie eine andere Karte.
problem-last-payment-method = Dies ist die einzige Zahlungsmethode für Ihr aktives Abonnement. Fügen Sie zuerst eine andere Karte hinzu und entfernen Sie dann diese.
problem-payment-method-missing = Fügen Sie zuerst eine Zahlungsmethode hinzu.
problem-invoice-not-payable = Diese Rechnung kann gerade nicht bezahlt werden: Sie ist möglicherweise bereits bezahlt oder storniert. Laden Sie die Seite neu.
problem-subscription-canceled = Dieses Abonnement ist beendet und kann nicht mehr geändert werden.
problem-generic = Etwas ist schiefgelaufen, es wurde nichts geändert. Bitte versuchen Sie es erneut.
