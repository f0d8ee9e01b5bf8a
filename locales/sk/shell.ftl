### Key (sk)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Zákaznícky portál Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Prejsť na hlavný obsah
shell-footer = Platby a fakturáciu zabezpečuje Paylera.
shell-intro-lead = Tu môžete spravovať predplatné, faktúry a spôsoby platby u firmy, ktorá vám účtuje cez Paylera.
shell-intro-how-to-reach = Na tento portál sa dostanete cez zabezpečený odkaz od svojho obchodníka, teda firmy, u ktorej nakupujete: hľadajte odkaz „Spravovať fakturáciu“ alebo „Fakturačný portál“ v jej aplikácii, na webe alebo v e-mailoch. Odkaz vás na krátky čas prihlási; nemusíte si pamätať žiadne heslo k Paylera.
shell-signed-in-help = Keď budete hotoví, vráťte sa k firme, z ktorej ste prišli. Tým sa vaša návšteva tu skončí; ak sa chcete vrátiť, znova otvorte jej fakturačný portál.
shell-return-to-merchant-button = Späť k obchodníkovi
shell-link-expired-heading = Platnosť odkazu vypršala alebo už bol použitý
shell-link-expired-advice = Z bezpečnostných dôvodov funguje každý odkaz na tento portál iba raz a len krátky čas. Vráťte sa k firme a znova otvorte jej fakturačný portál, aby ste získali nový odkaz.
shell-link-rate-limited-heading = Príliš veľa pokusov, skúste to znova o minútu
shell-link-rate-limited-advice = Prijali sme príliš veľa pokusov o otvorenie tohto portálu. Počkajte minútu a potom túto stránku načítajte znova.
shell-link-unavailable-heading = Váš fakturačný portál sa nepodarilo otvoriť
shell-link-unavailable-advice = Naše fakturačné služby neodpovedali. Načítajte, prosím, túto stránku znova o niekoľko minút.
# Has the `{ $merchant }` placeholder.
shell-return-to = Späť na { $merchant }
shell-not-found-heading = Stránka sa nenašla
shell-not-found-body = Požadovanú stránku sme nenašli. Ak ste prišli cez odkaz od firmy, ktorá vám účtuje, jeho platnosť mohla vypršať: požiadajte ju o nový.
shell-not-found-home-link = Prejsť na úvodnú stránku portálu
shell-module-subscription-title = Predplatné
shell-module-subscription-description = Zmeňte alebo zrušte svoj program.
shell-module-payment-methods-title = Spôsoby platby
shell-module-payment-methods-description = Pridajte alebo vymeňte kartu či bankový účet, ktorým platíte.
shell-module-invoices-title = Faktúry
shell-module-invoices-description = Pozrite si a stiahnite svoje staršie faktúry.
shell-module-tax-ids-title = Daňové identifikačné čísla
shell-module-tax-ids-description = Pridajte alebo odstráňte daňové čísla uvedené na vašich faktúrach.
shell-module-address-title = Fakturačná adresa
shell-module-address-description = Aktualizujte adresu na svojich faktúrach.
