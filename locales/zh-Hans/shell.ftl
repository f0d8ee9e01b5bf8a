### Key (zh-Hans)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera 客户门户
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = 跳到主要内容
shell-footer = 支付与账单服务由 Paylera 提供。
shell-intro-lead = 在这里，您可以管理在通过 Paylera 向您收费的商家处的订阅、发票和付款方式。
shell-intro-how-to-reach = 您可以通过商家（即您购买的企业）发送的安全链接进入本门户：请在其应用、网站或电子邮件中查找“管理账单”或“账单门户”链接。该链接会让您短时间内保持登录，无需记住任何 Paylera 密码。
shell-signed-in-help = 完成后，请返回您来自的商家。这将结束您在此的访问；如需再次访问，请重新打开其账单门户。
shell-return-to-merchant-button = 返回商家
shell-link-expired-heading = 此链接已过期或已被使用
shell-link-expired-advice = 为了您的安全，本门户的每个链接只能使用一次，且仅短时间有效。请返回商家并重新打开其账单门户以获取新链接。
shell-link-rate-limited-heading = 尝试次数过多，请一分钟后再试
shell-link-rate-limited-advice = 我们收到了过多打开本门户的尝试。请等待一分钟，然后重新加载此页面。
shell-link-unavailable-heading = 无法打开您的账单门户
shell-link-unavailable-advice = 我们的账单服务没有响应。请过几分钟重新加载此页面。
# Has the `{ $merchant }` placeholder.
shell-return-to = 返回 { $merchant }
shell-not-found-heading = 找不到页面
shell-not-found-body = 找不到您请求的页面。如果您是通过向您收费的商家的链接进入的，该链接可能已过期：请向商家索取新链接。
shell-not-found-home-link = 前往门户首页
shell-module-subscription-title = 订阅
shell-module-subscription-description = 更改或取消您的方案。
shell-module-payment-methods-title = 付款方式
shell-module-payment-methods-description = 添加或更换您用于付款的银行卡或银行账户。
shell-module-invoices-title = 发票
shell-module-invoices-description = 查看并下载您过去的发票。
shell-module-tax-ids-title = 税号
shell-module-tax-ids-description = 添加或删除发票上显示的税号。
shell-module-address-title = 账单地址
shell-module-address-description = 更新您发票上的地址。
