### ProblemText (id)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Sesi Anda telah berakhir. Kembali ke penjual dan buka lagi portal penagihan.
problem-csrf-failed = Halaman ini terbuka terlalu lama untuk dikirim dengan aman. Muat ulang halaman dan coba lagi.
problem-service-unavailable = Layanan penagihan sedang tidak merespons. Tidak ada yang diubah; coba lagi dalam satu menit.
problem-not-allowed = Tindakan ini tidak tersedia di portal penagihan Anda.
problem-rate-limited = Terlalu banyak percobaan dalam waktu singkat. Tunggu satu menit, lalu coba lagi.
problem-not-found = Kami tidak dapat menemukan item ini. Item ini mungkin telah dihapus; muat ulang halaman.
problem-required = Kolom ini wajib diisi.
problem-invalid-value = Nilai ini tidak valid. Periksa dan coba lagi.
problem-invalid-country = Pilih negara dari daftar.
problem-invalid-postal-code = Kode pos ini tidak valid untuk negara yang Anda pilih.
problem-invalid-state = Pilih negara bagian, provinsi, atau wilayah yang ada di negara yang Anda pilih.
problem-tax-id-type-unsupported = Jenis nomor pajak ini tidak didukung. Pilih jenis lain.
problem-tax-id-invalid = Format nomor pajak ini tidak sesuai dengan jenisnya. Lihat contoh di bawah kolom.
problem-tax-id-checksum-invalid = Ada salah ketik pada nomor pajak ini: digit pemeriksanya tidak cocok. Periksa setiap karakter.
problem-tax-id-limit-reached = Anda telah mencapai jumlah maksimum nomor pajak. Hapus satu sebelum menambahkan yang lain.
problem-already-exists = Anda sudah menambahkan ini.
problem-incorrect-number = Nomor kartu ini tidak valid. Periksa digitnya dan coba lagi.
problem-invalid-expiry-month = Bulan kedaluwarsa harus antara 01 dan 12.
problem-invalid-expiry-year = Tahun kedaluwarsa tidak valid.
problem-expired-card = Kartu ini sudah kedaluwarsa. Gunakan kartu lain.
problem-invalid-cvc = Kode keamanan tidak valid: kode ini adalah 3 digit di bagian belakang kartu (4 digit di bagian depan untuk American Express).
problem-card-declined = Kartu Anda ditolak. Gunakan kartu lain atau hubungi bank Anda.
problem-insufficient-funds = Dana di kartu Anda tidak mencukupi. Gunakan kartu lain atau hubungi bank Anda.
problem-authentication-required = Bank Anda meminta Anda mengonfirmasi kartu ini sebelum dapat digunakan.
problem-authentication-failed = Bank Anda tidak dapat mengonfirmasi kartu ini. Coba lagi atau gunakan kartu lain.
problem-last-payment-method = Ini satu-satunya metode pembayaran untuk langganan aktif Anda. Tambahkan kartu lain terlebih dahulu, lalu hapus kartu ini.
problem-payment-method-missing = Tambahkan metode pembayaran terlebih dahulu.
problem-invoice-not-payable = Faktur ini tidak dapat dibayar sekarang: mungkin sudah dibayar atau dibatalkan. Muat ulang halaman.
problem-subscription-canceled = Langganan ini telah berakhir dan tidak dapat diubah lagi.
problem-generic = Terjadi kesalahan dan tidak ada yang diubah. Silakan coba lagi.
