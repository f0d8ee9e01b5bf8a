### PaymentMethodsText (tr)
## The payment methods pages' texts.

payment-methods-intro = Varsayılan kartınız aboneliklerinizi ve faturalarınızı öder.
payment-methods-cards-heading = Kartlarınız
# `{ $brand }` and `{ $last4 }`: "Visa ending 4242".
payment-methods-card-name = { $last4 } ile biten { $brand }
# The brand of a card whose network is not known.
payment-methods-unknown-brand = Kart
# `{ $date }`: the expiry month and year.
payment-methods-expires = Son kullanma: { $date }
payment-methods-default-badge = Varsayılan
payment-methods-awaiting-bank-badge = Onaylanmadı
payment-methods-awaiting-bank-note = Bankanız bu kartı henüz onaylamadı, bu nedenle kart kullanılamıyor.
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-confirm-with-bank = { $card } kartını bankanızla onaylayın
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-make-default = { $card } kartını varsayılan yap
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove = { $card } kartını kaldır
# Why the only usable card of a customer with a live subscription has no "Remove".
payment-methods-protected-note = Aboneliğiniz bu kartla ödendiği için kart tek başına kaldırılamaz. Değiştirmek için önce yeni kartı ekleyin, ardından bunu kaldırın.
payment-methods-no-cards = Henüz kayıtlı kartınız yok.
# The link to the add-card page and that page's heading.
payment-methods-add-card = Kart ekle
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-remove-heading = { $card } kartı kaldırılsın mı?
payment-methods-remove-body = Bu kartla artık ödeme yapamazsınız. Yeniden kullanmak için kartı tekrar eklemeniz gerekir.
# `{ $card }`: the card the API makes the default instead.
payment-methods-remove-next-default = { $card } varsayılan kartınız olacak.
payment-methods-remove-none-left = Ödeme yapabileceğiniz başka kartınız kalmayacak.
payment-methods-keep-card = Kartı sakla
payment-methods-done-card-added = Kartınız eklendi.
payment-methods-done-card-added-default = Kartınız eklendi ve artık varsayılan kartınız.
payment-methods-done-default-changed = Varsayılan kartınız değiştirildi.
payment-methods-done-card-removed = Kart kaldırıldı.
payment-methods-number-label = Kart numarası
payment-methods-expiry-legend = Son kullanma tarihi
payment-methods-expiry-month-label = Ay (AA)
payment-methods-expiry-year-label = Yıl (YYYY)
payment-methods-cvc-label = Güvenlik kodu (CVC)
payment-methods-cvc-hint = Kartın arkasındaki 3 haneli numara veya American Express için önündeki 4 haneli numara.
# After the label of a required field.
payment-methods-required = (zorunlu)
payment-methods-make-default-label = Varsayılan kartım yap
payment-methods-submit-add = Kartı ekle
payment-methods-back-to-list = Ödeme yöntemlerine dön
payment-methods-kept-details = Kart numaranız ve güvenlik kodunuz yalnızca ödeme kuruluşuna gönderilir: bu portal bunları asla saklamaz veya göstermez.
payment-methods-challenge-heading = Bankanızla onaylayın
# `{ $card }`: a [`PaymentMethodsText::CardName`].
payment-methods-challenge-body = Bankanız, { $card } kartının kullanılabilmesi için onaylamanızı istiyor.
