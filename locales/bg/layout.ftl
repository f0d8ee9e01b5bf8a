### LayoutText (bg)
## Texts shared by every module page.

layout-session-ended-heading = Сесията ви изтече
layout-session-ended-advice = За ваша сигурност сесиите за фактуриране изтичат след известно време или когато се върнете при търговеца. За да продължите, върнете се при търговеца и отворете отново портала за фактуриране.
layout-problem-heading = Възникна проблем
layout-nav-label = Фактуриране
layout-overview = Общ преглед
layout-menu = Меню
layout-language-label = Език
layout-language-button = Смяна на езика
layout-terms = Условия за ползване
layout-privacy = Политика за поверителност
layout-session-ending-soon =
    { $minutes ->
        [one] Сесията ви изтича след около { $minutes } минута. Останете в профила, за да запазите въведеното.
       *[other] Сесията ви изтича след около { $minutes } минути. Останете в профила, за да запазите въведеното.
    }
layout-stay-signed-in = Оставане в профила
layout-back-to-overview = Обратно към общия преглед
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Влезли сте като { $account }
