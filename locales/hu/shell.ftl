### Key (hu)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera ügyfélportál
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Ugrás a fő tartalomra
shell-footer = A fizetést és a számlázást a Paylera biztosítja.
shell-intro-lead = Itt kezelheti az előfizetéseit, számláit és fizetési módjait egy olyan vállalkozásnál, amely a Paylerán keresztül számláz Önnek.
shell-intro-how-to-reach = Erre a portálra a kereskedője – a vállalkozás, amelytől vásárol – biztonságos hivatkozásán keresztül jut el: keressen egy „Számlázás kezelése” vagy „Számlázási portál” hivatkozást az alkalmazásában, a webhelyén vagy az e-mailjeiben. A hivatkozás rövid időre bejelentkezteti; nincs megjegyzendő Paylera-jelszó.
shell-signed-in-help = Ha végzett, térjen vissza ahhoz a vállalkozáshoz, ahonnan érkezett. Ezzel véget ér az itteni látogatása; a visszatéréshez nyissa meg újra a vállalkozás számlázási portálját.
shell-return-to-merchant-button = Vissza a kereskedőhöz
shell-link-expired-heading = Ez a hivatkozás lejárt, vagy már felhasználták
shell-link-expired-advice = Biztonsága érdekében a portálra mutató minden hivatkozás csak egyszer és csak rövid ideig működik. Új hivatkozásért térjen vissza a vállalkozáshoz, és nyissa meg újra a számlázási portálját.
shell-link-rate-limited-heading = Túl sok próbálkozás, próbálja újra egy perc múlva
shell-link-rate-limited-advice = Túl sok kísérlet érkezett a portál megnyitására. Várjon egy percet, majd töltse be újra ezt az oldalt.
shell-link-unavailable-heading = Nem sikerült megnyitni a számlázási portálját
shell-link-unavailable-advice = A számlázási szolgáltatásaink nem válaszoltak. Kérjük, néhány perc múlva töltse be újra ezt az oldalt.
# Has the `{ $merchant }` placeholder.
shell-return-to = Vissza ide: { $merchant }
shell-not-found-heading = Az oldal nem található
shell-not-found-body = Nem találjuk a kért oldalt. Ha egy Önnek számlázó vállalkozás hivatkozását követte, lehet, hogy a hivatkozás lejárt: kérjen tőlük újat.
shell-not-found-home-link = Ugrás a portál kezdőlapjára
shell-module-subscription-title = Előfizetés
shell-module-subscription-description = Csomagja módosítása vagy lemondása.
shell-module-payment-methods-title = Fizetési módok
shell-module-payment-methods-description = A kártya vagy bankszámla hozzáadása vagy cseréje, amellyel fizet.
shell-module-invoices-title = Számlák
shell-module-invoices-description = Korábbi számlái megtekintése és letöltése.
shell-module-tax-ids-title = Adóazonosítók
shell-module-tax-ids-description = A számláin szereplő adóazonosítók hozzáadása vagy eltávolítása.
shell-module-address-title = Számlázási cím
shell-module-address-description = A számláin szereplő cím frissítése.
