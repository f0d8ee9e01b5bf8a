### LayoutText (tr)
## Texts shared by every module page.

layout-session-ended-heading = Oturumunuz sona erdi
layout-session-ended-advice = Güvenliğiniz için fatura oturumları bir süre sonra veya işletmeye döndüğünüzde sona erer. Devam etmek için işletmeye dönün ve fatura portalını yeniden açın.
layout-problem-heading = Bir sorun oluştu
layout-nav-label = Faturalama
layout-overview = Genel bakış
layout-menu = Menü
layout-language-label = Dil
layout-language-button = Dili değiştir
layout-terms = Hizmet şartları
layout-privacy = Gizlilik politikası
layout-session-ending-soon = Oturumunuz yaklaşık { $minutes } dakika içinde sona erecek. Yazdıklarınızı kaybetmemek için oturumunuzu açık tutun.
layout-stay-signed-in = Oturumu açık tut
layout-back-to-overview = Genel bakışa dön
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = { $account } olarak oturum açıldı
