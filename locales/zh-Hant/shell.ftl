### Key (zh-Hant)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera 客戶入口網站
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = 跳至主要內容
shell-footer = 付款與帳單服務由 Paylera 提供。
shell-intro-lead = 在這裡，您可以管理在透過 Paylera 向您收費的商家處的訂閱、發票和付款方式。
shell-intro-how-to-reach = 您可以透過商家（即您購買的企業）提供的安全連結進入本入口網站：請在其應用程式、網站或電子郵件中尋找「管理帳單」或「帳單入口網站」連結。該連結會讓您短時間內保持登入，不需記住任何 Paylera 密碼。
shell-signed-in-help = 完成後，請返回您原本所在的商家。這會結束您在此的造訪；如要再次造訪，請重新開啟其帳單入口網站。
shell-return-to-merchant-button = 返回商家
shell-link-expired-heading = 此連結已過期或已被使用
shell-link-expired-advice = 為了您的安全，本入口網站的每個連結只能使用一次，且僅在短時間內有效。請返回商家並重新開啟其帳單入口網站，以取得新連結。
shell-link-rate-limited-heading = 嘗試次數過多，請一分鐘後再試一次
shell-link-rate-limited-advice = 我們收到過多開啟本入口網站的嘗試。請等候一分鐘，然後重新載入此頁面。
shell-link-unavailable-heading = 無法開啟您的帳單入口網站
shell-link-unavailable-advice = 我們的帳單服務沒有回應。請過幾分鐘重新載入此頁面。
# Has the `{ $merchant }` placeholder.
shell-return-to = 返回 { $merchant }
shell-not-found-heading = 找不到頁面
shell-not-found-body = 找不到您要求的頁面。如果您是透過向您收費的商家的連結進入，該連結可能已過期：請向商家索取新連結。
shell-not-found-home-link = 前往入口網站首頁
shell-module-subscription-title = 訂閱
shell-module-subscription-description = 變更或取消您的方案。
shell-module-payment-methods-title = 付款方式
shell-module-payment-methods-description = 新增或更換您用於付款的卡片或銀行帳戶。
shell-module-invoices-title = 發票
shell-module-invoices-description = 查看並下載您過去的發票。
shell-module-tax-ids-title = 稅務編號
shell-module-tax-ids-description = 新增或移除發票上顯示的稅務編號。
shell-module-address-title = 帳單地址
shell-module-address-description = 更新您發票上的地址。
