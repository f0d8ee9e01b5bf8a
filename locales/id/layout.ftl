### LayoutText (id)
## Texts shared by every module page.

layout-session-ended-heading = Sesi Anda telah berakhir
layout-session-ended-advice = Demi keamanan Anda, sesi penagihan berakhir setelah beberapa waktu atau saat Anda kembali ke penjual. Untuk melanjutkan, kembali ke penjual dan buka lagi portal penagihan.
layout-problem-heading = Terjadi kesalahan
layout-nav-label = Penagihan
layout-overview = Ringkasan
layout-menu = Menu
layout-language-label = Bahasa
layout-language-button = Ganti bahasa
layout-terms = Ketentuan layanan
layout-privacy = Kebijakan privasi
layout-session-ending-soon = Sesi Anda akan berakhir dalam sekitar { $minutes } menit. Tetap masuk agar isian Anda tidak hilang.
layout-stay-signed-in = Tetap masuk
layout-back-to-overview = Kembali ke ringkasan
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Masuk sebagai { $account }
