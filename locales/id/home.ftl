### HomeText (id)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Ringkasan penagihan
home-next-charge-label = Tagihan berikutnya
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } pada { $date }
home-manage-subscriptions = Kelola langganan
home-default-card-label = Metode pembayaran default
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Berlaku hingga { $date }
home-no-card = Belum ada metode pembayaran yang tersimpan.
home-manage-cards = Kelola metode pembayaran
home-add-card = Tambahkan kartu
home-billing-heading = Detail penagihan
home-name-label = Nama
home-email-label = Email
home-address-label = Alamat penagihan
home-no-address = Belum ada alamat penagihan.
home-edit-address = Perbarui alamat penagihan
home-tax-ids-label = Nomor pajak
home-no-tax-ids = Tidak ada
home-manage-tax-ids = Kelola nomor pajak
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Faktur { $number } sebesar { $amount } belum dibayar.
home-pay-now = Bayar sekarang
home-latest-invoices = Faktur terbaru
home-all-invoices = Lihat semua faktur
home-done-heading = Sudah selesai?
