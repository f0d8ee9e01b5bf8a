### Key (id)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Portal pelanggan Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Langsung ke konten utama
shell-footer = Pembayaran dan penagihan oleh Paylera.
shell-intro-lead = Di sini Anda dapat mengelola langganan, faktur, dan metode pembayaran Anda pada bisnis yang menagih Anda melalui Paylera.
shell-intro-how-to-reach = Anda membuka portal ini melalui tautan aman dari penjual Anda, yaitu bisnis tempat Anda membeli: cari tautan “Kelola penagihan” atau “Portal penagihan” di aplikasi, situs web, atau email mereka. Tautan ini membuat Anda masuk untuk sementara waktu; tidak ada kata sandi Paylera yang perlu diingat.
shell-signed-in-help = Setelah selesai, kembali ke bisnis asal Anda. Tindakan ini mengakhiri kunjungan Anda di sini; untuk kembali, buka lagi portal penagihan mereka.
shell-return-to-merchant-button = Kembali ke penjual
shell-link-expired-heading = Tautan ini sudah kedaluwarsa atau sudah digunakan
shell-link-expired-advice = Demi keamanan Anda, setiap tautan ke portal ini hanya berfungsi sekali dan hanya untuk waktu singkat. Kembali ke bisnis tersebut dan buka lagi portal penagihan mereka untuk mendapatkan tautan baru.
shell-link-rate-limited-heading = Terlalu banyak percobaan, coba lagi dalam satu menit
shell-link-rate-limited-advice = Kami menerima terlalu banyak percobaan untuk membuka portal ini. Tunggu satu menit, lalu muat ulang halaman ini.
shell-link-unavailable-heading = Kami tidak dapat membuka portal penagihan Anda
shell-link-unavailable-advice = Layanan penagihan kami tidak merespons. Silakan muat ulang halaman ini dalam beberapa menit.
# Has the `{ $merchant }` placeholder.
shell-return-to = Kembali ke { $merchant }
shell-not-found-heading = Halaman tidak ditemukan
shell-not-found-body = Kami tidak dapat menemukan halaman yang Anda minta. Jika Anda mengikuti tautan dari bisnis yang menagih Anda, tautan itu mungkin sudah kedaluwarsa: mintalah tautan baru kepada mereka.
shell-not-found-home-link = Buka beranda portal
shell-module-subscription-title = Langganan
shell-module-subscription-description = Ubah atau batalkan paket Anda.
shell-module-payment-methods-title = Metode pembayaran
shell-module-payment-methods-description = Tambahkan atau ganti kartu atau rekening bank yang Anda gunakan untuk membayar.
shell-module-invoices-title = Faktur
shell-module-invoices-description = Lihat dan unduh faktur Anda sebelumnya.
shell-module-tax-ids-title = Nomor pajak
shell-module-tax-ids-description = Tambahkan atau hapus nomor pajak yang tercantum pada faktur Anda.
shell-module-address-title = Alamat penagihan
shell-module-address-description = Perbarui alamat pada faktur Anda.
