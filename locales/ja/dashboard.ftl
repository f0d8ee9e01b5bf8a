### DashboardText (ja)
## The merchant dashboard: sign-in, navigation, "Settings → Customer portal".
## Read by a merchant's team, not by customers. Spoken in en, fr, de, es and ja.

dashboard-product = Paylera ダッシュボード
dashboard-skip-link = コンテンツへスキップ
dashboard-nav-label = ダッシュボード
dashboard-nav-home = ホーム
dashboard-nav-portal-settings = カスタマーポータル
dashboard-test-mode = テストモード
dashboard-test-mode-hint = ここでの変更にはテストデータが使用されます。本番データには本番環境の API キーが必要です。
dashboard-sign-out = ログアウト
dashboard-language-label = 言語
dashboard-language-apply = 変更
dashboard-role-owner = オーナー
dashboard-role-admin = 管理者
dashboard-role-viewer = 閲覧者
dashboard-back-home = ダッシュボードに戻る
dashboard-not-found-heading = ページが見つかりません
dashboard-not-found-text = このアドレスには何もありません。リンクを確認するか、ダッシュボードからやり直してください。
dashboard-forbidden-heading = 許可されていません
dashboard-forbidden-text = お使いのロールではこの操作は許可されていません。チームのオーナーにご依頼ください。
dashboard-unavailable-heading = 問題が発生しました
dashboard-unavailable-text = ダッシュボードが現在 Paylera に接続できませんでした。変更は行われていません。しばらくしてからもう一度お試しください。
dashboard-form-refused-heading = このフォームを送信できませんでした
dashboard-form-refused-text = このフォームはこのダッシュボードのページから送信されたものではないか、ページが古すぎます。前のページに戻り、ページを再読み込みしてからもう一度お試しください。
dashboard-form-too-large = フォームが大きすぎるため読み取れませんでした。変更は行われていません。
dashboard-sign-in-heading = ログイン
dashboard-sign-in-help = アカウントをお持ちでない場合は、チームのオーナーに招待を依頼してください。
dashboard-email-label = メールアドレス
dashboard-password-label = パスワード
dashboard-totp-label = 認証コード
dashboard-totp-hint = 認証アプリに表示される 6 桁のコードです。
dashboard-sign-in-button = ログイン
dashboard-sign-in-failed = メールアドレスまたはパスワードが正しくありません。
dashboard-account-locked = 失敗した試行が多すぎるため、このアカウントは 15 分間ロックされています。しばらくしてからもう一度お試しください。
dashboard-totp-required = パスワードをもう一度入力し、認証アプリのコードも入力してください。
dashboard-totp-invalid = コードが正しくないか、すでに使用されています。パスワードと新しいコードを入力してください。
dashboard-session-ended = セッションが終了しました。続行するには、もう一度ログインしてください。
dashboard-signed-out = ログアウトしました。
dashboard-invitation-heading = チームに参加
dashboard-invitation-lead = Paylera ダッシュボードでチームに参加するには、パスワードを設定してください。
dashboard-your-name-label = お名前（任意）
dashboard-new-password-label = パスワード
dashboard-new-password-hint = 12 文字以上。長いパスフレーズがおすすめです。よく使われるパスワードや流出したパスワードは使用できません。
dashboard-accept-invitation = チームに参加する
dashboard-password-too-weak = このパスワードは推測されやすすぎます。他では使っていない、より長いパスワードを選んでください。
dashboard-invitation-invalid = この招待は無効です。すでに使用済みか、期限切れか、リンクが不完全です。チームのオーナーに新しい招待を依頼してください。
# `{ $name }` is the team member's name, or their email.
dashboard-home-greeting = ようこそ、{ $name } さん
# `{ $business }` is the merchant's business name; `{ $role }` a role ("Owner").
dashboard-home-lead = 現在、{ $business } に { $role } としてログインしています。
dashboard-home-portal-settings = カスタマーポータルで顧客が行える操作と、ポータルの外観を設定します。
dashboard-portal-settings-lead = ポータルで顧客が行える操作と、ポータルの外観を設定します。プレビューでは、保存する前に各変更を確認できます。
dashboard-configurations-heading = 構成
dashboard-default-badge = デフォルト
# `{ $id }` is the configuration's id ("bpc_…"), for the API.
dashboard-configuration-id-hint = ポータルセッションでこの構成を使用するには、セッションの作成時に "configuration": "{ $id }" を渡してください。
dashboard-new-configuration-name = 新しい構成の名前
dashboard-new-configuration = 構成を作成
dashboard-viewer-note = 閲覧者はこれらの設定を表示できますが、変更することはできません。
dashboard-saved = 変更を保存しました。新しいポータルセッションにはこの変更が適用されます。
dashboard-form-has-problems = 一部の設定を保存できませんでした。以下のメッセージを確認してください。
dashboard-number-expected = 整数を入力してください。
dashboard-name-label = 名前（チームにのみ表示されます）
dashboard-group-subscriptions = サブスクリプション
dashboard-switch-update = 顧客がプランを変更できる
dashboard-switch-update-hint = アップグレード、ダウングレード、数量の変更が可能です。
dashboard-switch-downgrades = ダウングレードを表示
dashboard-switch-downgrades-hint = オフの場合、顧客にはより高額なプランのみが表示されます。
dashboard-allowed-prices-label = 顧客が変更できるプラン
dashboard-allowed-prices-hint = すべての有効なプランを提供するには、何もチェックしないでください。
dashboard-switch-pause = 顧客がサブスクリプションを一時停止できる
dashboard-switch-pause-hint = 支払い済み期間の終了時に請求が停止し、自動的に再開されます。
dashboard-pause-max-label = 一時停止の最長期間（請求期間数、1–12）
dashboard-group-cancellation = キャンセル
dashboard-switch-cancel = 顧客がキャンセルできる
dashboard-switch-cancel-hint = 期間終了までは、サブスクリプションを再開することもできます。
dashboard-cancel-mode-label = キャンセルが有効になるタイミング
dashboard-cancel-at-period-end = 請求期間の終了時
dashboard-cancel-immediately = 即時
dashboard-switch-reasons = キャンセル理由を尋ねる
dashboard-switch-reasons-hint = 顧客は、以下でチェックした理由から 1 つを選択します。
dashboard-reasons-caption = 提示する理由と、キャンセルの代わりに提供するオファー
dashboard-reason-column = 理由
dashboard-offer-column = オファー
dashboard-percent-column = 割引率（%）
dashboard-periods-column = 期間数
dashboard-offer-none = オファーなし
dashboard-offer-discount = 割引
dashboard-offer-pause = 一時停止
# `{ $reason }` is a cancellation reason ("It's too expensive").
dashboard-offer-for = 「{ $reason }」に対するオファー
dashboard-percent-for = 「{ $reason }」に対する割引率
dashboard-periods-for = 「{ $reason }」に対する期間数
dashboard-group-billing = 支払い方法、請求書、請求先情報
dashboard-switch-cards = 顧客が支払い方法を管理できる
dashboard-switch-cards-hint = カードの追加と削除、デフォルトのカードの選択ができます。
dashboard-switch-invoices = 顧客が請求書を確認できる
dashboard-switch-invoices-hint = 請求書の一覧表示、PDF のダウンロード、支払いに失敗した請求書の支払いができます。
dashboard-switch-tax-ids = 顧客が納税者番号を管理できる
dashboard-switch-tax-ids-hint = 税務登録番号の追加と削除ができます。
dashboard-switch-address = 顧客が請求先住所を更新できる
dashboard-switch-address-hint = 次回以降の請求書に記載される住所です。
dashboard-group-branding = ビジネスとブランディング
dashboard-business-name-label = ビジネス名（空欄の場合はアカウント名）
dashboard-headline-label = 見出し
dashboard-logo-url-label = ロゴの URL（https）
dashboard-accent-label = アクセントカラー
# `{ $ratio }` is a contrast ratio ("4.5").
dashboard-contrast-ok = ページとのコントラスト比：{ $ratio }:1。ボタンやリンクは見やすい状態です。
dashboard-contrast-low = ページとのコントラスト比：{ $ratio }:1 しかありません。ボタンやリンクを見やすくするには 3:1 以上が必要です。より濃い色を選択してください。
dashboard-privacy-label = プライバシーポリシーの URL（https）
dashboard-terms-label = 利用規約の URL（https）
dashboard-group-return = 戻り先と言語
dashboard-return-url-label = デフォルトの戻り先 URL
dashboard-origins-label = 許可する戻り先オリジン
dashboard-origins-hint = 1 行に 1 つずつ入力します（例：https://shop.example）。設定した場合、セッションの戻り先 URL はそのいずれかで始まる必要があります。
dashboard-default-locale-label = デフォルトの言語
dashboard-default-locale-auto = 顧客のブラウザの設定に従う
dashboard-save = 変更を保存
dashboard-preview-button = プレビューを更新
dashboard-preview-heading = プレビュー
dashboard-preview-hint = 顧客に表示されるポータルを、サンプルデータで再現したものです。
dashboard-history-heading = 履歴
dashboard-history-empty = まだ変更はありません。
dashboard-history-when = 日時
dashboard-history-who = 変更者
dashboard-history-what = 変更内容

## Webhook と API キー。
dashboard-nav-webhooks = Webhook
dashboard-nav-api-keys = API キー
dashboard-secret-once-hint = 今すぐコピーして、安全な場所に保管してください。表示されるのはこの一度だけで、保存されるのはハッシュのみです。
dashboard-webhooks-lead = Paylera は変更があるたびに各エンドポイントへイベントを送信します。イベントにはエンドポイントのシークレットで署名が付けられます（Standard Webhooks）。
dashboard-add-endpoint-heading = エンドポイントの追加
dashboard-endpoint-url-label = エンドポイント URL
dashboard-endpoint-description-label = 説明
dashboard-endpoint-all-events = このエンドポイントはすべてのイベントタイプを受信します。
dashboard-add-endpoint = エンドポイントを追加
dashboard-status-column = ステータス
dashboard-events-column = イベント
dashboard-endpoint-enabled = 有効
dashboard-endpoint-disabled = 無効
dashboard-endpoint-id-label = エンドポイント ID
dashboard-back-to-webhooks = すべてのエンドポイント
dashboard-signing-secret-new = エンドポイントの署名シークレット
dashboard-signing-secret-rotated = エンドポイントの新しい署名シークレット
# `{ $event }` is an event id ("evt_…").
dashboard-test-event-sent = テストイベント（{ $event }）をこのエンドポイントに送信しています。送信が試行されると、下の配信ログに表示されます。
# `{ $event }` is an event id ("evt_…").
dashboard-event-resent = イベント { $event } を再送信しています。
# `{ $when }` is a date and time.
dashboard-previous-secret-until = 以前のシークレットでも { $when } まで配信に署名されます。
dashboard-send-test-event = テストイベントを送信
dashboard-overlap-label = 古いシークレットを引き続き有効にする期間
dashboard-overlap-none = なし
dashboard-overlap-hour = 1 時間
dashboard-overlap-day = 1 日
dashboard-overlap-week = 1 週間
dashboard-rotate-secret = シークレットをローテーション
dashboard-delivery-log = 配信ログ
dashboard-event-column = イベント
dashboard-result-column = 結果
dashboard-latency-column = 所要時間
dashboard-actions-column = 操作
dashboard-attempt-succeeded = 配信済み
dashboard-attempt-failed = 失敗
# `{ $event }` is an event id ("evt_…").
dashboard-resend-event = イベント { $event } を再送信
dashboard-api-keys-lead = シークレットキーを使用すると、サーバーから Paylera API を呼び出せます。キーを再発行すると、ダウンタイムなしで置き換えられます。キーが漏洩した可能性がある場合は、無効化してください。
# `{ $name }` is the key's name or its hint.
dashboard-key-created = 新しいキー { $name } のシークレット
# `{ $name }` is the key's name or its hint.
dashboard-key-rolled = 再発行前のキーに代わるキー { $name } のシークレット
dashboard-key-revoked = キーを無効化しました。今後、このキーを使用したリクエストはすべて拒否されます。
# `{ $when }` is a date and time.
dashboard-key-revoked-at = 無効化日時：{ $when }
# `{ $when }` is a date and time.
dashboard-key-expires-at = 有効期限：{ $when }
dashboard-mode-test = テスト
dashboard-mode-live = 本番
# `{ $name }` is the key's name or its hint.
dashboard-roll-key = キー { $name } を再発行
# `{ $name }` is the key's name or its hint.
dashboard-revoke-key = キー { $name } を無効化
dashboard-new-key-heading = キーの作成
dashboard-key-name-label = 名前
dashboard-key-mode-label = モード
dashboard-create-key = キーを作成
dashboard-key-hint-column = キー
dashboard-key-created-column = 作成日時
dashboard-key-ends-column = 終了

## Customers, portal sessions and events.
dashboard-nav-customers = 顧客
dashboard-nav-portal-sessions = ポータルセッション
dashboard-nav-events = イベント
dashboard-customers-lead = メールアドレスまたは顧客 ID で顧客を検索して請求情報を確認し、サポートのためにその顧客としてポータルを開けます。
dashboard-customer-search-label = メールアドレスまたは顧客 ID
dashboard-customer-search = 検索
dashboard-customers-none = 一致する顧客はいません。
dashboard-name-column = 名前
dashboard-email-column = メールアドレス
dashboard-created-column = 作成日
dashboard-customer-id-label = 顧客 ID
dashboard-billing-address-label = 請求先住所
dashboard-credit-balance-label = クレジット残高
dashboard-all-customers = すべての顧客
dashboard-open-portal-heading = この顧客としてポータルを開く
dashboard-open-portal-lead = サーバーと同じように、既定の設定でこの顧客のポータルセッションを作成します。そこで行った変更は、そのセッションで行われたものとして記録されます。
dashboard-open-portal = この顧客としてポータルを開く
# `{ $name }` is the customer's name or email.
dashboard-portal-link-ready = { $name } のポータルセッションの準備ができました
dashboard-open-portal-link = ポータルを開く
dashboard-portal-link-hint = このリンクは 60 分以内に 1 回だけ使え、この顧客として操作します。共有しないでください。
dashboard-none-yet = まだありません。
dashboard-subscriptions-heading = サブスクリプション
dashboard-plan-column = プラン
dashboard-period-end-column = 現在の期間の終了日
dashboard-invoices-heading = 請求書
dashboard-number-column = 番号
dashboard-total-column = 合計
dashboard-payment-methods-heading = 支払い方法
dashboard-card-column = カード
dashboard-expires-column = 有効期限
dashboard-tax-ids-heading = 税 ID
dashboard-type-column = 種類
dashboard-value-column = 値
dashboard-next-page = 次のページ
dashboard-sessions-lead = 顧客のために作成されたポータルセッションを新しい順に、各顧客がそこで行ったことと合わせて表示します。
dashboard-all-statuses = すべてのステータス
dashboard-filter = 絞り込む
dashboard-customer-column = 顧客
dashboard-session-actions-column = 顧客が行ったこと
dashboard-session-id-column = セッション ID
dashboard-no-actions = 変更なし
dashboard-session-actions-details = 変更の一覧
dashboard-session-created = 未使用
dashboard-session-opened = 利用中
dashboard-session-completed = 完了
dashboard-session-expired = 期限切れ
dashboard-session-revoked = 取り消し済み
dashboard-events-lead = アカウントでのすべての変更を、Webhook エンドポイントが受け取る形で新しい順に表示します。
dashboard-event-type-label = イベントの種類
dashboard-all-types = すべての種類
dashboard-source-column = 発生元
dashboard-all-events = すべてのイベント
dashboard-event-id-label = イベント ID
dashboard-event-payload-heading = 内容
dashboard-source-portal = カスタマーポータル
dashboard-source-system = Paylera
dashboard-source-api = API

## The team and two-step sign-in.
dashboard-nav-team = チーム
dashboard-team-lead = このダッシュボードにサインインできるメンバーと、それぞれに許可されている操作です。
dashboard-role-column = ロール
dashboard-two-step-column = 2 段階サインイン
dashboard-last-sign-in-column = 最終サインイン
dashboard-never = なし
dashboard-on = オン
dashboard-off = オフ
dashboard-invite-heading = メンバーを招待
dashboard-invite-lead = 招待する相手にご自身で送るリンクが発行されます。リンクは 7 日間に 1 回だけ使え、相手はパスワードを設定できます。
dashboard-role-hint = 閲覧者は閲覧のみ。管理者は設定、Webhook、API キーも変更できます。オーナーはチームも管理できます。
dashboard-invite = 招待リンクを作成
# `{ $email }` is the invited person's email.
dashboard-invitation-link-label = { $email } への招待リンク
dashboard-totp-heading = 2 段階サインイン
dashboard-totp-off-lead = サインインのたびに、パスワードに加えて認証アプリのコードを求めます。
dashboard-totp-on-lead = 2 段階サインインはオンです。サインイン時に認証アプリのコードが必要です。
dashboard-totp-begin = 2 段階サインインを設定
dashboard-totp-scan-lead = このキーを認証アプリに追加し（または認証アプリのあるスマートフォンでリンクを開き）、アプリに表示される 6 桁のコードを入力してください。
dashboard-totp-secret-label = 認証アプリ用のキー
dashboard-totp-uri-link = 認証アプリで開く
dashboard-totp-confirm = 2 段階サインインをオンにする
dashboard-totp-enabled = 2 段階サインインがオンになりました。次回のサインインでは認証アプリをご用意ください。

## The logo upload.
dashboard-logo-file-label = ロゴ画像
dashboard-logo-hint = 128 KB 以下、各辺 2,048 ピクセル以下の PNG または JPEG。アップロードすると、ロゴ URL の代わりに表示されます。
dashboard-upload-logo = ロゴをアップロード
dashboard-remove-logo = ロゴを削除
dashboard-logo-missing = まずアップロードする画像を選択してください。
dashboard-current-logo = 現在のロゴ

## チームの管理(オーナー)。
dashboard-role-of = { $email } のロール
dashboard-change-role = ロールを変更
dashboard-remove-member = チームから削除…
dashboard-remove-confirm = { $email } を今すぐ削除
dashboard-member-role-changed = { $email } のロールを「{ $role }」に変更しました。次のクリックから適用されます。
dashboard-member-removed = { $email } をチームから削除し、すべての場所でサインアウトしました。
