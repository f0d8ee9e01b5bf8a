### SubscriptionText (uk)
## The subscription pages' texts.

subscription-no-subscription = У вас немає підписки в цього продавця.
subscription-ended-heading = Завершені підписки
subscription-price-label = Ціна
subscription-quantity-label = Кількість
subscription-status-label = Статус
subscription-renews-on = Поновлюється
subscription-ends-on = Закінчується
subscription-ended-on = Завершилася
subscription-pending-label = Заплановані зміни
subscription-pending-cancel = Завершиться { $date } замість поновлення. До того часу доступ зберігається.
subscription-pending-downgrade = Зміниться на { $plan } × { $quantity } { $date }.
subscription-per-day = { $amount } на день
subscription-per-week = { $amount } на тиждень
subscription-per-month = { $amount } на місяць
subscription-per-year = { $amount } на рік
subscription-every-days =
    { $count ->
        [one] { $amount } кожні { $count } день
        [few] { $amount } кожні { $count } дні
        [many] { $amount } кожні { $count } днів
       *[other] { $amount } кожні { $count } дня
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } кожні { $count } тиждень
        [few] { $amount } кожні { $count } тижні
        [many] { $amount } кожні { $count } тижнів
       *[other] { $amount } кожні { $count } тижня
    }
subscription-every-months =
    { $count ->
        [one] { $amount } кожні { $count } місяць
        [few] { $amount } кожні { $count } місяці
        [many] { $amount } кожні { $count } місяців
       *[other] { $amount } кожні { $count } місяця
    }
subscription-every-years =
    { $count ->
        [one] { $amount } кожні { $count } рік
        [few] { $amount } кожні { $count } роки
        [many] { $amount } кожні { $count } років
       *[other] { $amount } кожні { $count } року
    }
subscription-status-trialing = Безкоштовний пробний період
subscription-status-active = Активна
subscription-status-past-due = Платіж прострочено
subscription-status-unpaid = Не оплачено
subscription-status-canceled = Скасовано
subscription-change-link = Змінити { $plan }
subscription-cancel-plan = Скасувати { $plan }
subscription-reactivate-plan = Залишити { $plan }
subscription-resubscribe-plan = Знову підписатися на { $plan }
subscription-done-changed = Ваш тариф змінено.
subscription-done-scheduled = Зміна набуде чинності наприкінці поточного періоду.
subscription-done-canceled = Вашу підписку скасовано.
subscription-done-reactivated = Ваша підписка поновлюватиметься як звичайно.
subscription-done-resubscribed = Ви знову підписані.
subscription-change-heading = Змінити тариф
subscription-choose-plan-legend = Тариф
subscription-current-plan = Поточний тариф
subscription-upgrade = Підвищення
subscription-downgrade = Зниження
subscription-review-button = Переглянути зміну
subscription-no-other-plan = Для цієї підписки немає інших тарифів.
subscription-review-heading = Перевірте зміну
subscription-new-plan-label = Новий тариф
subscription-item-header = Позиція
subscription-amount-header = Сума
subscription-line-unused = Невикористаний час: { $quantity } × { $plan }
subscription-line-remaining = Залишок часу: { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } до { $date }
subscription-total-label = Разом
subscription-credit-applied-label = Кредит із вашого балансу
subscription-due-now-label = До сплати зараз
subscription-credit-added-label = Кредит на ваш баланс для наступних рахунків
subscription-next-renewal = Далі { $price }, наступний платіж { $date }.
subscription-scheduled-note = Зміна набуде чинності { $date }. Зараз нічого не стягується.
subscription-no-change = Це вже ваш тариф і кількість.
subscription-confirm-change = Підтвердити зміну
subscription-choose-another = Вибрати інший тариф
subscription-cancel-heading = Скасувати підписку
subscription-access-until = Якщо скасуєте, { $plan } діятиме до { $date }, а потім завершиться. Більше коштів не буде стягнуто.
subscription-access-ends-now = Якщо скасуєте, { $plan } завершиться негайно, і доступ припиниться зараз.
subscription-reason-legend = Чому ви скасовуєте? (необов’язково)
subscription-comment-label = Бажаєте ще щось нам сказати? (необов’язково)
subscription-keep-subscription = Залишити підписку
subscription-already-canceling = Ця підписка вже завершується { $date }.
subscription-already-ended = Ця підписка завершилася.
subscription-reason-too-expensive = Надто дорого
subscription-reason-missing-features = Бракує потрібних функцій
subscription-reason-switched-service = Переходжу до іншого сервісу
subscription-reason-unused = Я мало цим користуюся
subscription-reason-customer-service = Незадоволений службою підтримки
subscription-reason-too-complex = Надто складно
subscription-reason-low-quality = Недостатня якість
subscription-reason-other = Інша причина
subscription-status-paused = Призупинено
subscription-resumes-on = Відновлюється
subscription-pending-pause = Нарахування призупиняється { $start } і відновлюється { $resume }.
subscription-pause-plan = Призупинити { $plan }
subscription-resume-plan = Відновити { $plan } зараз
subscription-resume-note = Якщо відновите зараз, сьогодні почнеться новий розрахунковий період, оплата за який стягується одразу.
subscription-keep-billing = Не призупиняти { $plan }
subscription-done-paused = Вашу підписку буде призупинено наприкінці поточного періоду.
subscription-done-resumed = Нарахування за вашою підпискою відновлено.
subscription-pause-heading = Призупинити підписку
subscription-pause-explain = Нарахування призупиняється, коли закінчується ваш поточний період, { $date }. До того часу нічого не змінюється; під час призупинення нічого не стягується. Нарахування відновиться автоматично, коли призупинення завершиться, або раніше, коли забажаєте.
subscription-pause-legend = Призупинити на
subscription-pause-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дні
        [many] { $count } днів
       *[other] { $count } дня
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } тиждень
        [few] { $count } тижні
        [many] { $count } тижнів
       *[other] { $count } тижня
    }
subscription-pause-months =
    { $count ->
        [one] { $count } місяць
        [few] { $count } місяці
        [many] { $count } місяців
       *[other] { $count } місяця
    }
subscription-pause-years =
    { $count ->
        [one] { $count } рік
        [few] { $count } роки
        [many] { $count } років
       *[other] { $count } року
    }
subscription-already-pausing = Для цієї підписки вже встановлено призупинення: нарахування відновиться { $date }.
subscription-cannot-pause = Цю підписку зараз не можна призупинити: призупинити можна лише активну підписку з оплатою наперед, без запланованого скасування.
subscription-offer-heading = Перш ніж піти
subscription-offer-discount =
    { $count ->
        [one] Залишайтеся з { $plan } та отримайте знижку { $percent }% на { $count } наступний рахунок.
        [few] Залишайтеся з { $plan } та отримайте знижку { $percent }% на наступні { $count } рахунки.
        [many] Залишайтеся з { $plan } та отримайте знижку { $percent }% на наступні { $count } рахунків.
       *[other] Залишайтеся з { $plan } та отримайте знижку { $percent }% на наступні { $count } рахунку.
    }
subscription-offer-pause = Або призупиніть { $plan } на { $length }: нарахування призупиниться { $date }, тим часом нічого не стягуватиметься, а потім воно відновиться автоматично.
subscription-accept-offer = Прийняти пропозицію
subscription-decline-offer = Ні, дякую, скасувати { $plan }
subscription-done-retained = Дякуємо, що залишаєтеся з нами. Пропозицію застосовано до вашої підписки.
subscription-discount-label = Знижка
subscription-discount-running =
    { $count ->
        [one] Знижка { $percent }% на { $count } наступний рахунок
        [few] Знижка { $percent }% на наступні { $count } рахунки
        [many] Знижка { $percent }% на наступні { $count } рахунків
       *[other] Знижка { $percent }% на наступні { $count } рахунку
    }
