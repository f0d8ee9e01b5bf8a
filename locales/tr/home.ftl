### HomeText (tr)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Faturalamaya genel bakış
home-next-charge-label = Sonraki ödeme
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $date } tarihinde { $amount }
home-manage-subscriptions = Abonelikleri yönet
home-default-card-label = Varsayılan ödeme yöntemi
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Son kullanma: { $date }
home-no-card = Henüz kayıtlı bir ödeme yönteminiz yok.
home-manage-cards = Ödeme yöntemlerini yönet
home-add-card = Kart ekle
home-billing-heading = Fatura bilgileri
home-name-label = Ad
home-email-label = E-posta
home-address-label = Fatura adresi
home-no-address = Henüz fatura adresiniz yok.
home-edit-address = Fatura adresini güncelle
home-tax-ids-label = Vergi numaraları
home-no-tax-ids = Yok
home-manage-tax-ids = Vergi numaralarını yönet
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = { $amount } tutarındaki { $number } numaralı fatura ödenmedi.
home-pay-now = Şimdi öde
home-latest-invoices = Son faturalar
home-all-invoices = Tüm faturaları görüntüle
home-done-heading = İşiniz bitti mi?
