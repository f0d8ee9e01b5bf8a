### ProblemText (zh-Hant)
## The sentences a [`Problem`] is shown with.

problem-session-ended = 您的工作階段已結束。請返回商家，重新開啟帳單入口網站。
problem-csrf-failed = 此頁面開啟時間過長，無法安全送出。請重新載入頁面後再試一次。
problem-service-unavailable = 帳單服務目前沒有回應。未做任何變更；請一分鐘後再試一次。
problem-not-allowed = 您的帳單入口網站不提供此操作。
problem-rate-limited = 短時間內嘗試次數過多。請等候一分鐘後再試一次。
problem-not-found = 找不到此項目。它可能已被移除；請重新載入頁面。
problem-required = 此欄位為必填。
problem-invalid-value = 此值無效。請檢查後再試一次。
problem-invalid-country = 請從清單中選擇國家或地區。
problem-invalid-postal-code = 此郵遞區號對所選的國家或地區無效。
problem-invalid-state = 請選擇所選國家或地區中存在的州、省或地區。
problem-tax-id-type-unsupported = 不支援此類型的稅務編號。請選擇其他類型。
problem-tax-id-invalid = 此稅務編號的格式與其類型不符。請參考欄位下方的範例。
problem-tax-id-checksum-invalid = 此稅務編號有輸入錯誤：檢查碼不相符。請逐一檢查每個字元。
problem-tax-id-limit-reached = 稅務編號數量已達上限。請先移除一個，再新增其他稅務編號。
problem-already-exists = 您已新增過此項目。
problem-incorrect-number = 此卡號無效。請檢查數字後再試一次。
problem-invalid-expiry-month = 到期月份必須介於 01 到 12 之間。
problem-invalid-expiry-year = 到期年份無效。
problem-expired-card = 此卡片已過期。請使用其他卡片。
problem-invalid-cvc = 安全碼無效：安全碼是卡片背面的 3 位數字（American Express 卡為正面的 4 位數字）。
problem-card-declined = 您的卡片遭到拒絕。請使用其他卡片或聯絡您的銀行。
problem-insufficient-funds = 您的卡片餘額不足。請使用其他卡片或聯絡您的銀行。
problem-authentication-required = 您的銀行要求您先確認此卡片，才能使用。
problem-authentication-failed = 您的銀行無法確認此卡片。請再試一次或使用其他卡片。
problem-last-payment-method = 這是您目前有效訂閱的唯一付款方式。請先新增另一張卡片，再移除這張卡片。
problem-payment-method-missing = 請先新增付款方式。
problem-invoice-not-payable = 此發票目前無法支付：可能已付款或已作廢。請重新載入頁面。
problem-subscription-canceled = 此訂閱已結束，無法再變更。
problem-generic = 發生問題，未做任何變更。請再試一次。
