### LayoutText (uk)
## Texts shared by every module page.

layout-session-ended-heading = Ваш сеанс завершився
layout-session-ended-advice = З міркувань безпеки сеанси на порталі оплати завершуються через деякий час або коли ви повертаєтеся до продавця. Щоб продовжити, поверніться до продавця й знову відкрийте портал оплати.
layout-problem-heading = Щось пішло не так
layout-nav-label = Оплата
layout-overview = Огляд
layout-menu = Меню
layout-language-label = Мова
layout-language-button = Змінити мову
layout-terms = Умови надання послуг
layout-privacy = Політика конфіденційності
layout-session-ending-soon = Ваш сеанс завершиться приблизно через { $minutes } хв. Продовжте його, щоб зберегти введені дані.
layout-stay-signed-in = Продовжити сеанс
layout-back-to-overview = Назад до огляду
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Ви увійшли як { $account }
