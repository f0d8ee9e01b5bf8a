### Key (bg)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Клиентски портал на Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Към основното съдържание
shell-footer = Плащания и фактуриране от Paylera.
shell-intro-lead = Тук можете да управлявате абонаментите, фактурите и методите си на плащане при фирма, която ви таксува чрез Paylera.
shell-intro-how-to-reach = Достигате до този портал чрез защитена връзка от вашия търговец – фирмата, от която купувате: потърсете връзка „Управление на фактурирането“ или „Портал за фактуриране“ в нейното приложение, уебсайт или имейли. Връзката ви вписва за кратко време; няма парола за Paylera, която да помните.
shell-signed-in-help = Когато приключите, върнете се при фирмата, от която сте дошли. Така посещението ви тук приключва; за да се върнете, отворете отново нейния портал за фактуриране.
shell-return-to-merchant-button = Обратно към търговеца
shell-link-expired-heading = Тази връзка е изтекла или вече е използвана
shell-link-expired-advice = За ваша сигурност всяка връзка към този портал работи само веднъж и само за кратко време. Върнете се при фирмата и отворете отново нейния портал за фактуриране, за да получите нова връзка.
shell-link-rate-limited-heading = Твърде много опити, опитайте отново след минута
shell-link-rate-limited-advice = Получихме твърде много опити за отваряне на този портал. Изчакайте минута и презаредете страницата.
shell-link-unavailable-heading = Не успяхме да отворим портала ви за фактуриране
shell-link-unavailable-advice = Услугите ни за фактуриране не отговориха. Моля, презаредете страницата след няколко минути.
# Has the `{ $merchant }` placeholder.
shell-return-to = Обратно към { $merchant }
shell-not-found-heading = Страницата не е намерена
shell-not-found-body = Не успяхме да намерим страницата, която търсите. Ако сте последвали връзка от фирма, която ви таксува, връзката може да е изтекла: поискайте нова.
shell-not-found-home-link = Към началната страница на портала
shell-module-subscription-title = Абонамент
shell-module-subscription-description = Сменете или прекратете плана си.
shell-module-payment-methods-title = Методи на плащане
shell-module-payment-methods-description = Добавете или сменете картата или банковата сметка, с която плащате.
shell-module-invoices-title = Фактури
shell-module-invoices-description = Преглеждайте и изтегляйте миналите си фактури.
shell-module-tax-ids-title = Данъчни номера
shell-module-tax-ids-description = Добавете или премахнете данъчните номера, показвани във фактурите ви.
shell-module-address-title = Адрес за фактуриране
shell-module-address-description = Обновете адреса във фактурите си.
