### Key (cs)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Zákaznický portál Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Přejít na hlavní obsah
shell-footer = Platby a fakturaci zajišťuje Paylera.
shell-intro-lead = Zde můžete spravovat předplatná, faktury a platební metody u firmy, která vám účtuje přes Paylera.
shell-intro-how-to-reach = Na tento portál se dostanete přes zabezpečený odkaz od svého obchodníka, tedy firmy, u které nakupujete: hledejte odkaz „Spravovat fakturaci“ nebo „Fakturační portál“ v její aplikaci, na webu nebo v e-mailech. Odkaz vás na chvíli přihlásí; žádné heslo k Paylera si pamatovat nemusíte.
shell-signed-in-help = Až budete hotovi, vraťte se k firmě, ze které jste přišli. Tím návštěva skončí; pro návrat znovu otevřete její fakturační portál.
shell-return-to-merchant-button = Zpět k obchodníkovi
shell-link-expired-heading = Platnost odkazu vypršela nebo už byl použit
shell-link-expired-advice = Z bezpečnostních důvodů funguje každý odkaz na tento portál jen jednou a jen krátce. Vraťte se k firmě a znovu otevřete její fakturační portál, abyste získali nový odkaz.
shell-link-rate-limited-heading = Příliš mnoho pokusů, zkuste to znovu za minutu
shell-link-rate-limited-advice = Obdrželi jsme příliš mnoho pokusů o otevření portálu. Počkejte minutu a pak stránku načtěte znovu.
shell-link-unavailable-heading = Fakturační portál se nepodařilo otevřít
shell-link-unavailable-advice = Naše fakturační služby neodpověděly. Načtěte stránku znovu za pár minut.
# Has the `{ $merchant }` placeholder.
shell-return-to = Zpět na { $merchant }
shell-not-found-heading = Stránka nenalezena
shell-not-found-body = Požadovanou stránku jsme nenašli. Pokud jste přišli přes odkaz od firmy, která vám účtuje, mohl vypršet: požádejte ji o nový.
shell-not-found-home-link = Přejít na úvodní stránku portálu
shell-module-subscription-title = Předplatné
shell-module-subscription-description = Změňte nebo zrušte svůj tarif.
shell-module-payment-methods-title = Platební metody
shell-module-payment-methods-description = Přidejte nebo vyměňte kartu či bankovní účet, kterým platíte.
shell-module-invoices-title = Faktury
shell-module-invoices-description = Prohlédněte si a stáhněte své dřívější faktury.
shell-module-tax-ids-title = Daňová identifikační čísla
shell-module-tax-ids-description = Přidejte nebo odeberte daňová čísla uvedená na vašich fakturách.
shell-module-address-title = Fakturační adresa
shell-module-address-description = Aktualizujte adresu na svých fakturách.
