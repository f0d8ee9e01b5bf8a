### ProblemText (ja)
## The sentences a [`Problem`] is shown with.

problem-session-ended = セッションが終了しました。事業者のサイトに戻り、請求ポータルをもう一度開いてください。
problem-csrf-failed = このページは長時間開かれていたため、安全に送信できません。ページを再読み込みして、もう一度お試しください。
problem-service-unavailable = 現在、請求サービスが応答していません。変更は行われていません。1 分後にもう一度お試しください。
problem-not-allowed = この操作は、ご利用の請求ポータルでは利用できません。
problem-rate-limited = 短時間に試行回数が多すぎます。1 分待ってから、もう一度お試しください。
problem-not-found = この項目が見つかりませんでした。削除された可能性があります。ページを再読み込みしてください。
problem-required = この項目は必須です。
problem-invalid-value = この値は無効です。内容をご確認のうえ、もう一度お試しください。
problem-invalid-country = リストから国を選択してください。
problem-invalid-postal-code = この郵便番号は、選択した国では無効です。
problem-invalid-state = 選択した国に存在する州・県・地域を選択してください。
problem-tax-id-type-unsupported = この種類の税務IDはサポートされていません。別の種類を選択してください。
problem-tax-id-invalid = この税務IDは、選択した種類の形式と一致しません。入力欄の下の例をご確認ください。
problem-tax-id-checksum-invalid = この税務IDに入力ミスがあります（チェックディジットが一致しません）。1 文字ずつご確認ください。
problem-tax-id-limit-reached = 登録できる税務IDの上限に達しました。新しく追加する前に、いずれかを削除してください。
problem-already-exists = これはすでに追加されています。
problem-incorrect-number = このカード番号は無効です。番号をご確認のうえ、もう一度お試しください。
problem-invalid-expiry-month = 有効期限の月は 01 から 12 の間で入力してください。
problem-invalid-expiry-year = 有効期限の年が無効です。
problem-expired-card = このカードは有効期限が切れています。別のカードをご利用ください。
problem-invalid-cvc = セキュリティコードが無効です。カード裏面の 3 桁の数字をご入力ください（American Express の場合は表面の 4 桁）。
problem-card-declined = カードが拒否されました。別のカードをご利用いただくか、カード発行会社にお問い合わせください。
problem-insufficient-funds = カードの残高または利用可能枠が不足しています。別のカードをご利用いただくか、カード発行会社にお問い合わせください。
problem-authentication-required = このカードを利用する前に、カード発行会社での確認が必要です。
problem-authentication-failed = カード発行会社がこのカードを確認できませんでした。もう一度お試しいただくか、別のカードをご利用ください。
problem-last-payment-method = これは有効なサブスクリプションの唯一のお支払い方法です。先に別のカードを追加してから、このカードを削除してください。
problem-payment-method-missing = 先にお支払い方法を追加してください。
problem-invoice-not-payable = この請求書は現在お支払いいただけません。すでに支払済みか、無効になっている可能性があります。ページを再読み込みしてください。
problem-subscription-canceled = このサブスクリプションは終了しているため、変更できません。
problem-generic = 問題が発生したため、変更は行われませんでした。もう一度お試しください。
