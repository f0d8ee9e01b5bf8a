### HomeText (uk)
## The overview: what a signed-in customer sees first (plan, next charge, card,
## billing details, invoices), each section with its action.

home-heading = Огляд оплати
home-next-charge-label = Наступний платіж
# `{ $amount }` is formatted money ("$29.00"), `{ $date }` a formatted date ("1 Dec 2026").
home-next-charge = { $date }: { $amount }
home-manage-subscriptions = Керувати підписками
home-default-card-label = Основний спосіб оплати
# `{ $date }` is a month and year ("Dec 2034").
home-card-expires = Дійсна до { $date }
home-no-card = Ще немає збереженого способу оплати.
home-manage-cards = Керувати способами оплати
home-add-card = Додати картку
home-billing-heading = Платіжні дані
home-name-label = Ім'я
home-email-label = Електронна пошта
home-address-label = Платіжна адреса
home-no-address = Платіжної адреси ще немає.
home-edit-address = Оновити платіжну адресу
home-tax-ids-label = Податкові номери
home-no-tax-ids = Немає
home-manage-tax-ids = Керувати податковими номерами
# `{ $number }` is the invoice number ("DEMO-0042"), `{ $amount }` formatted money.
home-outstanding = Рахунок { $number } на суму { $amount } не оплачено.
home-pay-now = Оплатити зараз
home-latest-invoices = Останні рахунки
home-all-invoices = Переглянути всі рахунки
home-done-heading = Закінчили?
