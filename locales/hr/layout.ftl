### LayoutText (hr)
## Texts shared by every module page.

layout-session-ended-heading = Vaša je sesija istekla
layout-session-ended-advice = Radi vaše sigurnosti sesije naplate istječu nakon nekog vremena ili kada se vratite trgovcu. Za nastavak se vratite trgovcu i ponovno otvorite portal za naplatu.
layout-problem-heading = Nešto nije u redu
layout-nav-label = Naplata
layout-overview = Pregled
layout-menu = Izbornik
layout-language-label = Jezik
layout-language-button = Promijeni jezik
layout-terms = Uvjeti korištenja
layout-privacy = Pravila o privatnosti
layout-session-ending-soon =
    { $minutes ->
        [one] Vaša sesija istječe za otprilike { $minutes } minutu. Ostanite prijavljeni da biste zadržali ono što ste upisali.
        [few] Vaša sesija istječe za otprilike { $minutes } minute. Ostanite prijavljeni da biste zadržali ono što ste upisali.
       *[other] Vaša sesija istječe za otprilike { $minutes } minuta. Ostanite prijavljeni da biste zadržali ono što ste upisali.
    }
layout-stay-signed-in = Ostani prijavljen
layout-back-to-overview = Natrag na pregled
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Prijavljeni ste kao { $account }
