### Key (uk)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Клієнтський портал Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Перейти до основного вмісту
shell-footer = Платежі та рахунки — Paylera.
shell-intro-lead = Тут можна керувати підписками, рахунками та способами оплати в компанії, яка виставляє вам рахунки через Paylera.
shell-intro-how-to-reach = На цей портал ви потрапляєте за захищеним посиланням від продавця — компанії, у якої купуєте: знайдіть посилання «Керувати оплатою» або «Портал оплати» в її застосунку, на сайті чи в листах. Посилання входить у систему на короткий час; пароль Paylera не потрібен.
shell-signed-in-help = Коли закінчите, поверніться до компанії, з якої прийшли. Це завершить ваш візит; щоб повернутися, знову відкрийте її портал оплати.
shell-return-to-merchant-button = Повернутися до продавця
shell-link-expired-heading = Термін дії посилання минув або його вже використано
shell-link-expired-advice = З міркувань безпеки кожне посилання на цей портал працює лише один раз і недовго. Поверніться до компанії та знову відкрийте її портал оплати, щоб отримати нове посилання.
shell-link-rate-limited-heading = Забагато спроб, спробуйте ще раз за хвилину
shell-link-rate-limited-advice = Ми отримали забагато спроб відкрити цей портал. Зачекайте хвилину, а потім перезавантажте сторінку.
shell-link-unavailable-heading = Не вдалося відкрити ваш портал оплати
shell-link-unavailable-advice = Наші платіжні сервіси не відповіли. Перезавантажте сторінку за кілька хвилин.
# Has the `{ $merchant }` placeholder.
shell-return-to = Повернутися до { $merchant }
shell-not-found-heading = Сторінку не знайдено
shell-not-found-body = Ми не знайшли сторінку, яку ви шукали. Якщо ви перейшли за посиланням від компанії, що виставляє вам рахунки, можливо, його термін дії минув: попросіть нове.
shell-not-found-home-link = Перейти на головну сторінку порталу
shell-module-subscription-title = Підписка
shell-module-subscription-description = Змініть або скасуйте свій тариф.
shell-module-payment-methods-title = Способи оплати
shell-module-payment-methods-description = Додайте або замініть картку чи банківський рахунок, яким ви платите.
shell-module-invoices-title = Рахунки
shell-module-invoices-description = Переглядайте та завантажуйте свої попередні рахунки.
shell-module-tax-ids-title = Податкові номери
shell-module-tax-ids-description = Додайте або видаліть податкові номери, зазначені у ваших рахунках.
shell-module-address-title = Платіжна адреса
shell-module-address-description = Оновіть адресу у своїх рахунках.
