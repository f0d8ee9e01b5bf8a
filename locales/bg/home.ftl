### HomeText (bg)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Общ преглед на фактурирането
home-next-charge-label = Следващо плащане
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $amount } на { $date }
home-manage-subscriptions = Управление на абонаментите
home-default-card-label = Метод на плащане по подразбиране
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Валидна до { $date }
home-no-card = Все още нямате запазен метод на плащане.
home-manage-cards = Управление на методите на плащане
home-add-card = Добавяне на карта
home-billing-heading = Данни за фактуриране
home-name-label = Име
home-email-label = Имейл
home-address-label = Адрес за фактуриране
home-no-address = Все още нямате адрес за фактуриране.
home-edit-address = Обновяване на адреса за фактуриране
home-tax-ids-label = Данъчни номера
home-no-tax-ids = Няма
home-manage-tax-ids = Управление на данъчните номера
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Фактура { $number } за { $amount } не е платена.
home-pay-now = Плащане сега
home-latest-invoices = Най-нови фактури
home-all-invoices = Преглед на всички фактури
home-done-heading = Приключихте ли?
