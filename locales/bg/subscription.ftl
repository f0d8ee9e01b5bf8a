### SubscriptionText (bg)
## The subscription pages' texts.

subscription-no-subscription = Нямате абонамент при този търговец.
subscription-ended-heading = Приключили абонаменти
subscription-price-label = Цена
subscription-quantity-label = Количество
subscription-status-label = Статус
subscription-renews-on = Подновява се на
subscription-ends-on = Приключва на
subscription-ended-on = Приключил на
subscription-pending-label = Предстоящи промени
subscription-pending-cancel = Приключва на { $date }, вместо да се поднови. Дотогава запазвате достъпа си.
subscription-pending-downgrade = Сменя се на { $plan } × { $quantity } на { $date }.
subscription-per-day = { $amount } на ден
subscription-per-week = { $amount } на седмица
subscription-per-month = { $amount } на месец
subscription-per-year = { $amount } на година
subscription-every-days =
    { $count ->
        [one] { $amount } на всеки { $count } ден
       *[other] { $amount } на всеки { $count } дни
    }
subscription-every-weeks =
    { $count ->
        [one] { $amount } на всяка { $count } седмица
       *[other] { $amount } на всеки { $count } седмици
    }
subscription-every-months =
    { $count ->
        [one] { $amount } на всеки { $count } месец
       *[other] { $amount } на всеки { $count } месеца
    }
subscription-every-years =
    { $count ->
        [one] { $amount } на всяка { $count } година
       *[other] { $amount } на всеки { $count } години
    }
subscription-status-trialing = Безплатен пробен период
subscription-status-active = Активен
subscription-status-past-due = Просрочено плащане
subscription-status-unpaid = Неплатен
subscription-status-canceled = Прекратен
subscription-change-link = Промяна на { $plan }
subscription-cancel-plan = Прекратяване на { $plan }
subscription-reactivate-plan = Запазване на { $plan }
subscription-resubscribe-plan = Нов абонамент за { $plan }
subscription-done-changed = Планът ви е сменен.
subscription-done-scheduled = Промяната ви е насрочена за края на текущия период.
subscription-done-canceled = Абонаментът ви е прекратен.
subscription-done-reactivated = Абонаментът ви ще се поднови както обикновено.
subscription-done-resubscribed = Отново сте абонирани.
subscription-change-heading = Смяна на плана
subscription-choose-plan-legend = План
subscription-current-plan = Текущ план
subscription-upgrade = По-висок план
subscription-downgrade = По-нисък план
subscription-review-button = Преглед на промяната
subscription-no-other-plan = За този абонамент не се предлага друг план.
subscription-review-heading = Прегледайте промяната
subscription-new-plan-label = Нов план
subscription-item-header = Позиция
subscription-amount-header = Сума
subscription-line-unused = Неизползвано време по { $quantity } × { $plan }
subscription-line-remaining = Оставащо време по { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } до { $date }
subscription-total-label = Общо
subscription-credit-applied-label = Кредит от салдото ви
subscription-due-now-label = Дължимо сега
subscription-credit-added-label = Кредит, добавен към салдото ви за следващите фактури
subscription-next-renewal = След това { $price }, следващо плащане на { $date }.
subscription-scheduled-note = Тази промяна влиза в сила на { $date }. Сега не се таксува нищо.
subscription-no-change = Това вече са вашият план и количество.
subscription-confirm-change = Потвърждаване на промяната
subscription-choose-another = Избор на друг план
subscription-cancel-heading = Прекратяване на абонамента
subscription-access-until = Ако прекратите, { $plan } остава активен до { $date }, след което приключва. Няма да бъдете таксувани отново.
subscription-access-ends-now = Ако прекратите, { $plan } приключва веднага и достъпът ви спира сега.
subscription-reason-legend = Защо прекратявате? (по избор)
subscription-comment-label = Искате ли да ни кажете още нещо? (по избор)
subscription-keep-subscription = Запазване на абонамента ми
subscription-already-canceling = Този абонамент вече приключва на { $date }.
subscription-already-ended = Този абонамент е приключил.
subscription-reason-too-expensive = Твърде скъпо е
subscription-reason-missing-features = Липсват функции, от които имам нужда
subscription-reason-switched-service = Преминавам към друга услуга
subscription-reason-unused = Не го използвам достатъчно
subscription-reason-customer-service = Не съм доволен от обслужването на клиенти
subscription-reason-too-complex = Твърде сложно е
subscription-reason-low-quality = Качеството не е достатъчно добро
subscription-reason-other = Друга причина
subscription-status-paused = На пауза
subscription-resumes-on = Възобновява се на
subscription-pending-pause = Таксуването спира на { $start } и се възобновява на { $resume }.
subscription-pause-plan = Поставяне на { $plan } на пауза
subscription-resume-plan = Възобновяване на { $plan } сега
subscription-resume-note = Ако възобновите сега, днес започва нов период на таксуване и сумата се таксува веднага.
subscription-keep-billing = Отмяна на паузата за { $plan }
subscription-done-paused = Абонаментът ви ще бъде поставен на пауза в края на текущия период.
subscription-done-resumed = Абонаментът ви отново се таксува.
subscription-pause-heading = Поставяне на абонамента на пауза
subscription-pause-explain = Таксуването спира, когато текущият ви период приключи на { $date }. Дотогава нищо не се променя; по време на паузата нищо не се таксува. Таксуването се възобновява автоматично, когато паузата приключи, или по-рано, когато решите.
subscription-pause-legend = Пауза за
subscription-pause-days =
    { $count ->
        [one] { $count } ден
       *[other] { $count } дни
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } седмица
       *[other] { $count } седмици
    }
subscription-pause-months =
    { $count ->
        [one] { $count } месец
       *[other] { $count } месеца
    }
subscription-pause-years =
    { $count ->
        [one] { $count } година
       *[other] { $count } години
    }
subscription-already-pausing = Този абонамент вече има пауза: таксуването се възобновява на { $date }.
subscription-cannot-pause = Този абонамент не може да бъде поставен на пауза сега: това е възможно само за активен абонамент, таксуван авансово, без предстоящо прекратяване.
subscription-offer-heading = Преди да си тръгнете
subscription-offer-discount =
    { $count ->
        [one] Останете с { $plan } и получете { $percent }% отстъпка от следващата си фактура.
       *[other] Останете с { $plan } и получете { $percent }% отстъпка от следващите си { $count } фактури.
    }
subscription-offer-pause = Вместо това поставете { $plan } на пауза за { $length }: таксуването спира на { $date }, междувременно нищо не се таксува, а след това се възобновява автоматично.
subscription-accept-offer = Приемане на офертата
subscription-decline-offer = Не, благодаря, прекратяване на { $plan }
subscription-done-retained = Благодарим ви, че оставате. Офертата е приложена към абонамента ви.
subscription-discount-label = Отстъпка
subscription-discount-running =
    { $count ->
        [one] { $percent }% отстъпка от следващата фактура
       *[other] { $percent }% отстъпка от следващите { $count } фактури
    }
