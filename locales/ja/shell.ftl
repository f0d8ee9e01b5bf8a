### Key (ja)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Paylera カスタマーポータル
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = メインコンテンツへスキップ
shell-footer = 決済・請求は Paylera が提供しています。
shell-intro-lead = Paylera を通じて請求を行う事業者との間で、サブスクリプション、請求書、お支払い方法を管理できます。
shell-intro-how-to-reach = このポータルには、ご購入先の事業者（加盟店）から届く安全なリンクでアクセスします。事業者のアプリ、ウェブサイト、メールにある「請求の管理」や「請求ポータル」などのリンクをお探しください。リンクを開くと短時間ログインした状態になります。Paylera のパスワードは必要ありません。
shell-signed-in-help = 操作が終わったら、元の事業者のサイトにお戻りください。これでこのポータルの利用は終了します。再度アクセスするには、事業者の請求ポータルをもう一度開いてください。
shell-return-to-merchant-button = 事業者に戻る
shell-link-expired-heading = このリンクは期限切れか、すでに使用されています
shell-link-expired-advice = 安全のため、このポータルへのリンクは 1 回のみ、短時間だけ有効です。事業者に戻って請求ポータルをもう一度開き、新しいリンクを取得してください。
shell-link-rate-limited-heading = 試行回数が多すぎます。1 分後にもう一度お試しください
shell-link-rate-limited-advice = このポータルを開く試行が多すぎました。1 分待ってから、このページを再読み込みしてください。
shell-link-unavailable-heading = 請求ポータルを開けませんでした
shell-link-unavailable-advice = 請求サービスから応答がありませんでした。数分後にこのページを再読み込みしてください。
# Has the `{ $merchant }` placeholder.
shell-return-to = { $merchant } に戻る
shell-not-found-heading = ページが見つかりません
shell-not-found-body = お探しのページが見つかりませんでした。請求元の事業者からのリンクをたどった場合は、リンクの期限が切れている可能性があります。新しいリンクを依頼してください。
shell-not-found-home-link = ポータルのホームへ
shell-module-subscription-title = サブスクリプション
shell-module-subscription-description = プランを変更またはキャンセルします。
shell-module-payment-methods-title = お支払い方法
shell-module-payment-methods-description = お支払いに使うカードや銀行口座を追加または変更します。
shell-module-invoices-title = 請求書
shell-module-invoices-description = 過去の請求書を表示・ダウンロードします。
shell-module-tax-ids-title = 税務ID
shell-module-tax-ids-description = 請求書に記載する税務IDを追加または削除します。
shell-module-address-title = 請求先住所
shell-module-address-description = 請求書に記載する住所を更新します。
