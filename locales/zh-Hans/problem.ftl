### ProblemText (zh-Hans)
## The sentences a [`Problem`] is shown with.

problem-session-ended = 您的会话已结束。请返回商家，重新打开账单门户。
problem-csrf-failed = 此页面打开时间过长，无法安全提交。请重新加载页面后再试。
problem-service-unavailable = 账单服务目前没有响应。未做任何更改；请一分钟后再试。
problem-not-allowed = 您的账单门户不支持此操作。
problem-rate-limited = 短时间内尝试次数过多。请等待一分钟后再试。
problem-not-found = 找不到此项目。它可能已被删除；请重新加载页面。
problem-required = 此字段为必填项。
problem-invalid-value = 此值无效。请检查后重试。
problem-invalid-country = 请从列表中选择国家或地区。
problem-invalid-postal-code = 此邮政编码对所选国家或地区无效。
problem-invalid-state = 请选择所选国家或地区中存在的州、省或地区。
problem-tax-id-type-unsupported = 不支持此税号类型。请选择其他类型。
problem-tax-id-invalid = 此税号的格式与其类型不符。请参考输入框下方的示例。
problem-tax-id-checksum-invalid = 此税号有输入错误：校验位不匹配。请逐一检查每个字符。
problem-tax-id-limit-reached = 税号数量已达上限。请先删除一个，再添加新的税号。
problem-already-exists = 您已添加过此项。
problem-incorrect-number = 此卡号无效。请检查数字后重试。
problem-invalid-expiry-month = 有效期月份必须在 01 到 12 之间。
problem-invalid-expiry-year = 有效期年份无效。
problem-expired-card = 此卡已过期。请使用其他卡。
problem-invalid-cvc = 安全码无效：安全码是卡背面的 3 位数字（American Express 卡为正面的 4 位数字）。
problem-card-declined = 您的卡被拒绝。请使用其他卡或联系您的银行。
problem-insufficient-funds = 您的卡余额不足。请使用其他卡或联系您的银行。
problem-authentication-required = 您的银行要求您先确认此卡，然后才能使用。
problem-authentication-failed = 您的银行无法确认此卡。请重试或使用其他卡。
problem-last-payment-method = 这是您当前有效订阅的唯一付款方式。请先添加另一张卡，再移除这张卡。
problem-payment-method-missing = 请先添加付款方式。
problem-invoice-not-payable = 此发票目前无法支付：它可能已支付或已作废。请重新加载页面。
problem-subscription-canceled = 此订阅已结束，无法再更改。
problem-generic = 出现问题，未做任何更改。请重试。
